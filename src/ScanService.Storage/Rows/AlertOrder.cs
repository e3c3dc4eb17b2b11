using ScanService.Model;

namespace ScanService.Storage.Rows;

/// <summary>
/// How a run's alerts are returned: by investigation, subject, source, record and rule, compared ordinally. Sorted
/// here rather than by ORDER BY: every provider then agrees whatever its collation, and the database is spared
/// sorting a whole night (a 100,000-row sort spills to disk on a default PostgreSQL).
/// </summary>
internal sealed class AlertOrder : IComparer<StoredLinkAlert>
{
    public static readonly AlertOrder Instance = new();

    public int Compare(StoredLinkAlert? x, StoredLinkAlert? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var (a, b) = (x.Alert, y.Alert);
        var order = string.CompareOrdinal(a.InvestigationRef, b.InvestigationRef);
        order = order != 0 ? order : string.CompareOrdinal(a.SubjectRef, b.SubjectRef);
        order = order != 0 ? order : string.CompareOrdinal(a.Source, b.Source);
        order = order != 0 ? order : string.CompareOrdinal(a.RecordId, b.RecordId);
        return order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
    }
}
