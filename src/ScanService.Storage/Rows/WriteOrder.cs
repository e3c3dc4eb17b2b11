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
    /// national night sorts a million records rather than millions of keys. The records are first put in their
    /// source (a handful), then each source's record ids are sorted as a plain string array: sorting every record
    /// through a comparer that looked both fields up in the key list cost seconds a night.
    /// </summary>
    public static List<RecordKey> History(IReadOnlyList<RecordKey> keys)
    {
        var bySource = new SortedDictionary<string, (List<string> Ids, List<int> Starts)>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0 && SameRecord(keys[i - 1], keys[i]))
            {
                continue;
            }

            if (!bySource.TryGetValue(keys[i].Source, out var source))
            {
                source = ([], []);
                bySource.Add(keys[i].Source, source);
            }

            source.Ids.Add(keys[i].RecordId);
            source.Starts.Add(i);
        }

        var ordered = new List<RecordKey>(keys.Count);
        foreach (var (ids, starts) in bySource.Values)
        {
            var idArray = ids.ToArray();
            var startArray = starts.ToArray();
            Array.Sort(idArray, startArray, StringComparer.Ordinal);
            foreach (var start in startArray)
            {
                var i = start;
                do
                {
                    ordered.Add(keys[i++]);
                }
                while (i < keys.Count && SameRecord(keys[start], keys[i]));
            }
        }

        return ordered;
    }

    private static bool SameRecord(RecordKey a, RecordKey b) =>
        string.Equals(a.Source, b.Source, StringComparison.Ordinal) && string.Equals(a.RecordId, b.RecordId, StringComparison.Ordinal);
}
