namespace ScanService.Evaluation;

/// <summary>
/// How a run's link alerts compare with a truth file, over distinct (source, record_id, investigation_ref) pairs.
/// The figures are information for tuning rules, not a verdict: <c>scan evaluate</c> succeeds whatever they are.
/// </summary>
public sealed record EvaluationReport
{
    /// <summary>Rows read from the truth file (a pair may have several: one per kind of link).</summary>
    public required int TruthRows { get; init; }

    public required int TruthPairs { get; init; }

    /// <summary>Alerts stored by the run (a pair may have several: one per rule and subject).</summary>
    public required int Alerts { get; init; }

    public required int AlertedPairs { get; init; }

    public required int TruePositives { get; init; }

    public required int FalsePositives { get; init; }

    public required int FalseNegatives { get; init; }

    /// <summary>TP / (TP + FP); 1 when the run alerted nothing (it made no false alert).</summary>
    public required double Precision { get; init; }

    /// <summary>TP / (TP + FN); 1 when the truth holds no pair (there was nothing to find).</summary>
    public required double Recall { get; init; }

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public required double F1 { get; init; }

    public required IReadOnlyList<KindRecall> RecallByKind { get; init; }

    /// <summary>Misses whose record was alerted for some other investigation: a wrong link rather than none.</summary>
    public required int MissesAlertedElsewhere { get; init; }

    /// <summary>False-alert pairs per rule that alerted them; a pair alerted by two rules counts under both.</summary>
    public required IReadOnlyList<RuleCount> FalseAlertsByRule { get; init; }

    /// <summary>The worst misses, worst first (see <see cref="Evaluator"/> for the order), at most the requested number.</summary>
    public required IReadOnlyList<MissedLink> WorstMisses { get; init; }

    /// <summary>The highest-scoring false alerts, highest first, at most the requested number.</summary>
    public required IReadOnlyList<FalseAlert> WorstFalseAlerts { get; init; }
}

/// <summary>Recall of the truth pairs that name one kind of link.</summary>
public sealed record KindRecall(string Kind, int Pairs, int Recalled)
{
    public double Recall => Pairs == 0 ? 1.0 : (double)Recalled / Pairs;
}

public sealed record RuleCount(string RuleId, int Pairs);

/// <summary>A truth pair that the run did not alert.</summary>
/// <param name="Kinds">Every kind of link the truth names for the pair.</param>
/// <param name="SubjectRefs">The subjects the truth names, when it names any.</param>
/// <param name="AlertedElsewhere">The record's alerts for other investigations, best first: what the run linked it to instead.</param>
public sealed record MissedLink(
    LinkPair Pair,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> SubjectRefs,
    IReadOnlyList<AlertSummary> AlertedElsewhere);

/// <summary>An alerted pair that is not in the truth, told by its highest-scoring alert.</summary>
/// <param name="AlertCount">How many alerts (rules × subjects) the run stored for the pair.</param>
/// <param name="TruthInvestigations">Where the truth links the record instead; empty when it links it nowhere.</param>
public sealed record FalseAlert(
    LinkPair Pair,
    AlertSummary Best,
    int AlertCount,
    IReadOnlyList<string> TruthInvestigations);

/// <summary>What an analyst needs to judge one alert: which rule, which subject, how strong and why.</summary>
public sealed record AlertSummary(
    string InvestigationRef,
    string SubjectRef,
    string RuleId,
    double Score,
    string MatchedOn,
    string Explanation);
