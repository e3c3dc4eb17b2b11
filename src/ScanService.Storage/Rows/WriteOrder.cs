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
    /// <summary>
    /// The alerts in write order, each with its index in <paramref name="alerts"/>, so that what is written can be put
    /// back in the order it came in. Put in their source (a handful), then each source's record ids sorted as a plain
    /// string array, then the few alerts of one record put in order among themselves: sorting a national night's
    /// alerts through one comparer of all five fields cost most of a second.
    /// </summary>
    public static (LinkAlert[] Alerts, int[] Positions) Alerts(IReadOnlyList<LinkAlert> alerts)
    {
        var bySource = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < alerts.Count; i++)
        {
            if (!bySource.TryGetValue(alerts[i].Source, out var source))
            {
                source = [];
                bySource.Add(alerts[i].Source, source);
            }

            source.Add(i);
        }

        var byLink = Comparer<int>.Create((a, b) => LinkOrder.Instance.Compare(alerts[a], alerts[b]));
        var ordered = new LinkAlert[alerts.Count];
        var positions = new int[alerts.Count];
        var next = 0;
        foreach (var source in bySource.Values)
        {
            var ids = new string[source.Count];
            var indexes = source.ToArray();
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = alerts[indexes[i]].RecordId;
            }

            Array.Sort(ids, indexes, StringComparer.Ordinal);
            for (var start = 0; start < indexes.Length;)
            {
                var end = start + 1;
                while (end < ids.Length && string.Equals(ids[start], ids[end], StringComparison.Ordinal))
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(indexes, start, end - start, byLink);
                }

                start = end;
            }

            foreach (var index in indexes)
            {
                ordered[next] = alerts[index];
                positions[next++] = index;
            }
        }

        return (ordered, positions);
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

    private sealed class LinkOrder : IComparer<LinkAlert>
    {
        public static readonly LinkOrder Instance = new();

        public int Compare(LinkAlert? a, LinkAlert? b)
        {
            var order = string.CompareOrdinal(a!.Source, b!.Source);
            order = order != 0 ? order : string.CompareOrdinal(a.RecordId, b.RecordId);
            order = order != 0 ? order : string.CompareOrdinal(a.InvestigationRef, b.InvestigationRef);
            order = order != 0 ? order : string.CompareOrdinal(a.SubjectRef, b.SubjectRef);
            return order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
        }
    }
}
