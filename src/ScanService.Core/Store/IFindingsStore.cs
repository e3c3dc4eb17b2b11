using ScanService.Model;

namespace ScanService.Store;

/// <summary>What pattern and compliance rules read from earlier nights, and their alerts of a night.</summary>
public interface IFindingsStore
{
    /// <summary>
    /// The history of the nights before <paramref name="runDate"/> that retention has kept: all of it, or only what
    /// <paramref name="scope"/> says the rules can use.
    /// </summary>
    Task<IReadOnlyList<RecordKey>> GetHistoryAsync(DateOnly runDate, CancellationToken cancellationToken, HistoryScope? scope = null);

    /// <summary>
    /// The pattern alerts of the completed night before <paramref name="runDate"/>, when they hold every pattern that
    /// can be open tonight without a value given tonight: that night was run with the same rules
    /// (<paramref name="ruleSetHash"/>) and no earlier night was completed after it. Otherwise null, and a night must
    /// read every value in its windows.
    /// </summary>
    Task<IReadOnlyList<PatternAlert>?> GetCarriedPatternsAsync(DateOnly runDate, string ruleSetHash, CancellationToken cancellationToken);

    /// <summary>A run's pattern and compliance alerts, and those of the previous completed night that it closed.</summary>
    Task<NightFindings> GetFindingsAsync(long runId, CancellationToken cancellationToken);

    /// <summary>
    /// What the digest lists of a run's findings: for patterns and for compliance, the first
    /// <paramref name="perGroup"/> new, still open and closed alerts in the order of <see cref="GetFindingsAsync"/>, and
    /// each group's count. Equal to <see cref="ShownFindings.FirstOf"/> of <see cref="GetFindingsAsync"/>, without
    /// reading the alerts it leaves out.
    /// </summary>
    Task<ShownFindings> GetShownFindingsAsync(long runId, int perGroup, CancellationToken cancellationToken);
}

/// <summary>
/// What tonight's rules can use of the history, so that a night does not read months of keys it cannot use: phone and
/// premises keys of nights from <see cref="PatternsFrom"/> (the longest pattern window), every reference, and the
/// record keys of the sources compliance rules follow up.
/// </summary>
/// <param name="PatternValues">
/// When given, only the phone and premises keys of these values: a night in a running service needs no group it
/// cannot change (see <c>NightFindingsStage</c>). Null reads every value in the window.
/// </param>
public sealed record HistoryScope(DateOnly PatternsFrom, IReadOnlyCollection<string> RecordSources, IReadOnlySet<KeyToken>? PatternValues = null);
