using ScanService.Model;

namespace ScanService.Storage.Rows;

/// <summary>
/// How a run's alerts are returned: in <see cref="LinkAlertOrder"/> (investigation, subject, source, record, rule). Sorted
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

        return LinkAlertOrder.Compare(x.Alert, y.Alert);
    }

    /// <summary>
    /// The alerts in this order: those already in it (every night the match hands over) as they are, after one pass
    /// that checks it; others sorted into a copy.
    /// </summary>
    public static IReadOnlyList<LinkAlert> Of(IReadOnlyList<LinkAlert> alerts)
    {
        for (var i = 1; i < alerts.Count; i++)
        {
            if (LinkAlertOrder.Compare(alerts[i - 1], alerts[i]) > 0)
            {
                var sorted = alerts.ToArray();
                Array.Sort(sorted, LinkAlertOrder.Compare);
                return sorted;
            }
        }

        return alerts;
    }
}
