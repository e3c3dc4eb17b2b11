namespace ScanService.Evaluation;

/// <summary>Truth rows folded to distinct pairs, each with every kind and subject its rows name.</summary>
internal sealed class TruthPairs
{
    private readonly Dictionary<PartnerRecordRef, List<string>> _investigationsByRecord = [];

    private TruthPairs()
    {
    }

    public Dictionary<LinkPair, Facts> Pairs { get; } = [];

    public static TruthPairs From(IEnumerable<TruthRow> rows)
    {
        var truth = new TruthPairs();
        foreach (var row in rows)
        {
            if (!truth.Pairs.TryGetValue(row.Pair, out var facts))
            {
                facts = new Facts();
                truth.Pairs.Add(row.Pair, facts);
                truth.AddInvestigation(row.Pair);
            }

            facts.Kinds.Add(row.Kind);
            if (row.SubjectRef is not null)
            {
                facts.SubjectRefs.Add(row.SubjectRef);
            }
        }

        return truth;
    }

    public IReadOnlyList<string> InvestigationsOf(PartnerRecordRef record) =>
        _investigationsByRecord.TryGetValue(record, out var refs) ? refs : [];

    private void AddInvestigation(LinkPair pair)
    {
        if (!_investigationsByRecord.TryGetValue(pair.Record, out var refs))
        {
            refs = [];
            _investigationsByRecord.Add(pair.Record, refs);
        }

        refs.Add(pair.InvestigationRef);
    }

    public sealed class Facts
    {
        public SortedSet<string> Kinds { get; } = new(Comparer<string>.Create(LinkKinds.Compare));

        public SortedSet<string> SubjectRefs { get; } = new(StringComparer.Ordinal);
    }
}
