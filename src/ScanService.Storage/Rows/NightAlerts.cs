using ScanService.Model;

namespace ScanService.Storage.Rows;

/// <summary>
/// A night's link alerts as the store writes them: in <see cref="WriteOrder"/>, each with its evidence fingerprint
/// worked out once, and with its place in the list the store hands back (<see cref="AlertOrder"/>), so that nothing
/// written has to be looked up or sorted again.
/// </summary>
internal sealed class NightAlerts
{
    private readonly LinkAlert[] _alerts;
    private readonly string[] _fingerprints;
    private readonly int[] _positions;

    private NightAlerts(long runId, DateOnly runDate, string ruleSetHash, LinkAlert[] alerts, string[] fingerprints, int[] positions)
    {
        RunId = runId;
        RunDate = runDate;
        RuleSetHash = ruleSetHash;
        _alerts = alerts;
        _fingerprints = fingerprints;
        _positions = positions;
    }

    public long RunId { get; }

    public DateOnly RunDate { get; }

    /// <summary>The run's rule-set hash, copied onto each alert so that it says which rules raised it even when read alone.</summary>
    public string RuleSetHash { get; }

    /// <summary>In write order.</summary>
    public IReadOnlyList<LinkAlert> Alerts => _alerts;

    /// <summary>The evidence fingerprint of each of <see cref="Alerts"/>.</summary>
    public IReadOnlyList<string> Fingerprints => _fingerprints;

    public int Count => _alerts.Length;

    public static NightAlerts Of(long runId, DateOnly runDate, string ruleSetHash, IReadOnlyList<LinkAlert> alerts)
    {
        var (ordered, positions) = WriteOrder.Alerts(AlertOrder.Of(alerts));
        return new NightAlerts(runId, runDate, ruleSetHash, ordered, EvidenceOf(ordered), positions);
    }

    /// <summary>Where the <paramref name="written"/>th alert goes in the list handed back.</summary>
    public int PositionOf(int written) => _positions[written];

    /// <summary>
    /// One hash per distinct evidence, not per alert: a rule has a few levels and weights, so a night's explanations
    /// repeat, and hashing each of a national night's alerts again cost most of a second.
    /// </summary>
    private static string[] EvidenceOf(LinkAlert[] alerts)
    {
        var known = new Dictionary<(string?, string?, string?), string>();
        var fingerprints = new string[alerts.Length];
        for (var i = 0; i < alerts.Length; i++)
        {
            var alert = alerts[i];
            var evidence = (alert.RuleId, alert.MatchedOn, alert.Explanation);
            if (!known.TryGetValue(evidence, out var fingerprint))
            {
                fingerprint = EvidenceFingerprint.Of(alert.RuleId, alert.MatchedOn, alert.Explanation);
                known.Add(evidence, fingerprint);
            }

            fingerprints[i] = fingerprint;
        }

        return fingerprints;
    }
}
