using ScanService.Model;

namespace ScanService.Evaluation;

/// <summary>A run's alerts grouped by pair and by record, for the evaluation's look-ups.</summary>
internal sealed class AlertIndex
{
    private readonly Dictionary<PartnerRecordRef, List<LinkAlert>> _byRecord = [];

    private AlertIndex()
    {
    }

    public Dictionary<LinkPair, List<LinkAlert>> Pairs { get; } = [];

    public int Count { get; private set; }

    public static AlertIndex From(IEnumerable<LinkAlert> alerts)
    {
        var index = new AlertIndex();
        foreach (var alert in alerts)
        {
            var pair = LinkPair.Of(alert);
            Add(index.Pairs, pair, alert);
            Add(index._byRecord, pair.Record, alert);
            index.Count++;
        }

        return index;
    }

    public bool HasPair(LinkPair pair) => Pairs.ContainsKey(pair);

    public IReadOnlyList<LinkAlert> ForRecord(PartnerRecordRef record) =>
        _byRecord.TryGetValue(record, out var alerts) ? alerts : [];

    private static void Add<TKey>(Dictionary<TKey, List<LinkAlert>> map, TKey key, LinkAlert alert)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        list.Add(alert);
    }
}
