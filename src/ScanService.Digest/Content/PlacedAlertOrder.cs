namespace ScanService.Digest.Content;

/// <summary>
/// Team, investigation, strongest link first, then source, record, subject and rule: a total order, so two
/// renderings of the same night are byte-for-byte the same.
/// </summary>
internal sealed class PlacedAlertOrder : IComparer<PlacedAlert>
{
    public static readonly PlacedAlertOrder Instance = new();

    public int Compare(PlacedAlert? x, PlacedAlert? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var a = x.Stored.Alert;
        var b = y.Stored.Alert;
        var result = TeamNameOrder.Instance.Compare(x.Team, y.Team);
        if (result == 0) result = string.CompareOrdinal(a.InvestigationRef, b.InvestigationRef);
        if (result == 0) result = b.Score.CompareTo(a.Score);
        if (result == 0) result = string.CompareOrdinal(a.Source, b.Source);
        if (result == 0) result = string.CompareOrdinal(a.RecordId, b.RecordId);
        if (result == 0) result = string.CompareOrdinal(a.SubjectRef, b.SubjectRef);
        if (result == 0) result = string.CompareOrdinal(a.RuleId, b.RuleId);
        return result;
    }
}
