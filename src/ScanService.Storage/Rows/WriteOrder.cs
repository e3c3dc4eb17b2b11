using ScanService.Model;

namespace ScanService.Storage.Rows;

/// <summary>
/// The order a night's rows are written in: the order of the unique indexes they land in (source, then record id).
/// Partners' record ids come in no order, and a national night inserted as it comes touches index pages all over
/// tables of millions of rows; in index order each page is filled once, while it is in the cache. Only the order of
/// writing changes: nothing read back depends on it.
/// </summary>
internal static class WriteOrder
{
    public static LinkAlert[] Alerts(IReadOnlyList<LinkAlert> alerts)
    {
        var ordered = alerts.ToArray();
        Array.Sort(ordered, static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Source, b.Source);
            order = order != 0 ? order : string.CompareOrdinal(a.RecordId, b.RecordId);
            order = order != 0 ? order : string.CompareOrdinal(a.InvestigationRef, b.InvestigationRef);
            order = order != 0 ? order : string.CompareOrdinal(a.SubjectRef, b.SubjectRef);
            return order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
        });
        return ordered;
    }

    /// <summary>
    /// Whole records are moved, not single keys: a record's keys are side by side (see <c>RecordKeys</c>), so a
    /// national night sorts a million records rather than millions of keys.
    /// </summary>
    public static List<RecordKey> History(IReadOnlyList<RecordKey> keys)
    {
        var starts = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (i == 0 || !SameRecord(keys[i - 1], keys[i]))
            {
                starts.Add(i);
            }
        }

        var records = starts.ToArray();
        Array.Sort(records, (a, b) =>
        {
            var order = string.CompareOrdinal(keys[a].Source, keys[b].Source);
            return order != 0 ? order : string.CompareOrdinal(keys[a].RecordId, keys[b].RecordId);
        });

        var ordered = new List<RecordKey>(keys.Count);
        foreach (var start in records)
        {
            var i = start;
            do
            {
                ordered.Add(keys[i++]);
            }
            while (i < keys.Count && SameRecord(keys[start], keys[i]));
        }

        return ordered;
    }

    private static bool SameRecord(RecordKey a, RecordKey b) =>
        string.Equals(a.Source, b.Source, StringComparison.Ordinal) && string.Equals(a.RecordId, b.RecordId, StringComparison.Ordinal);
}
