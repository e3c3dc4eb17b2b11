using ScanService.Model;

namespace ScanService.Evaluation;

/// <summary>
/// Compares a run's alerts with a truth file over distinct (source, record_id, investigation_ref) pairs. The
/// truth is taken as complete: any alerted pair it does not hold is a false alert. Values are compared exactly
/// (after the truth file's trimming), as the alert export writes them.
/// </summary>
public static class Evaluator
{
    public const int DefaultTop = 20;

    /// <summary>
    /// Every stored alert counts, whatever its status (new, repeat, or suppressed after an analyst's feedback):
    /// this measures what the matcher finds, not what the digest shows.
    /// </summary>
    public static EvaluationReport Evaluate(IReadOnlyCollection<TruthRow> truth, IEnumerable<StoredLinkAlert> alerts, int top = DefaultTop) =>
        Evaluate(truth, alerts.Select(a => a.Alert), top);

    public static EvaluationReport Evaluate(IReadOnlyCollection<TruthRow> truth, IEnumerable<LinkAlert> alerts, int top = DefaultTop)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var expected = TruthPairs.From(truth);
        var alerted = AlertIndex.From(alerts);

        var truePositives = expected.Pairs.Keys.Count(alerted.HasPair);
        var falsePositives = alerted.Pairs.Count - truePositives;
        var falseNegatives = expected.Pairs.Count - truePositives;
        var precision = Ratio(truePositives, truePositives + falsePositives);
        var recall = Ratio(truePositives, truePositives + falseNegatives);

        var misses = expected.Pairs.Where(p => !alerted.HasPair(p.Key)).Select(p => Miss(p.Key, p.Value, alerted)).ToList();
        var falseAlerts = alerted.Pairs.Where(p => !expected.Pairs.ContainsKey(p.Key)).Select(p => False(p.Key, p.Value, expected)).ToList();

        return new EvaluationReport
        {
            TruthRows = truth.Count,
            TruthPairs = expected.Pairs.Count,
            Alerts = alerted.Count,
            AlertedPairs = alerted.Pairs.Count,
            TruePositives = truePositives,
            FalsePositives = falsePositives,
            FalseNegatives = falseNegatives,
            Precision = precision,
            Recall = recall,
            F1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            RecallByKind = RecallByKind(expected, alerted),
            MissesAlertedElsewhere = misses.Count(m => m.AlertedElsewhere.Count > 0),
            FalseAlertsByRule = FalseAlertsByRule(alerted, expected),
            WorstMisses = misses.OrderBy(m => m, MissSeverity.Instance).Take(top).ToList(),
            WorstFalseAlerts = falseAlerts
                .OrderByDescending(f => f.Best.Score)
                .ThenBy(f => f.Pair, Comparer<LinkPair>.Create(LinkPair.CompareOrdinal))
                .Take(top)
                .ToList(),
        };
    }

    /// <summary>
    /// A ratio whose denominator is zero is taken as 1: no alerts means no false alert was made (precision), and
    /// an empty truth means nothing was missed (recall). F1 still shows the failure: a run that alerts nothing
    /// against a non-empty truth has recall 0, hence F1 0.
    /// </summary>
    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1.0 : (double)numerator / denominator;

    private static List<KindRecall> RecallByKind(TruthPairs expected, AlertIndex alerted) =>
        expected.Pairs
            .SelectMany(p => p.Value.Kinds.Select(kind => (Kind: kind, Recalled: alerted.HasPair(p.Key))))
            .GroupBy(x => x.Kind, StringComparer.Ordinal)
            .Select(g => new KindRecall(g.Key, g.Count(), g.Count(x => x.Recalled)))
            .OrderBy(k => k.Kind, Comparer<string>.Create(LinkKinds.Compare))
            .ToList();

    private static List<RuleCount> FalseAlertsByRule(AlertIndex alerted, TruthPairs expected) =>
        alerted.Pairs
            .Where(p => !expected.Pairs.ContainsKey(p.Key))
            .SelectMany(p => p.Value.Select(a => a.RuleId).Distinct(StringComparer.Ordinal))
            .GroupBy(rule => rule, StringComparer.Ordinal)
            .Select(g => new RuleCount(g.Key, g.Count()))
            .OrderByDescending(r => r.Pairs)
            .ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .ToList();

    private static MissedLink Miss(LinkPair pair, TruthPairs.Facts facts, AlertIndex alerted)
    {
        var elsewhere = alerted.ForRecord(pair.Record)
            .Where(a => a.InvestigationRef != pair.InvestigationRef)
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.InvestigationRef, StringComparer.Ordinal)
            .Select(Summarise)
            .ToList();
        return new MissedLink(pair, facts.Kinds.ToList(), facts.SubjectRefs.ToList(), elsewhere);
    }

    private static FalseAlert False(LinkPair pair, List<LinkAlert> alerts, TruthPairs expected)
    {
        var best = alerts.OrderByDescending(a => a.Score).ThenBy(a => a.RuleId, StringComparer.Ordinal).ThenBy(a => a.SubjectRef, StringComparer.Ordinal).First();
        return new FalseAlert(pair, Summarise(best), alerts.Count, expected.InvestigationsOf(pair.Record));
    }

    private static AlertSummary Summarise(LinkAlert a) => new(a.InvestigationRef, a.SubjectRef, a.RuleId, a.Score, a.MatchedOn, a.Explanation);

    /// <summary>
    /// Worst first: a miss on more kinds of link (the record shared several facts with the subject and still was
    /// not linked); then a missed person link (the target figure); then a record alerted to another investigation
    /// (an analyst was sent to the wrong team); then by pair, so the list is stable between runs.
    /// </summary>
    private sealed class MissSeverity : IComparer<MissedLink>
    {
        public static readonly MissSeverity Instance = new();

        public int Compare(MissedLink? x, MissedLink? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : 1) : -1;
            }

            var c = y.Kinds.Count.CompareTo(x.Kinds.Count);
            if (c == 0) c = y.Kinds.Contains(LinkKinds.Person).CompareTo(x.Kinds.Contains(LinkKinds.Person));
            if (c == 0) c = (y.AlertedElsewhere.Count > 0).CompareTo(x.AlertedElsewhere.Count > 0);
            return c != 0 ? c : LinkPair.CompareOrdinal(x.Pair, y.Pair);
        }
    }
}
