namespace ScanService.Storage.Rows;

/// <summary>One row of <c>link_alerts</c>; dates are left as the provider returned them and converted by the dialect.</summary>
internal sealed class AlertRow : LinkIdentityRow
{
    public long AlertId { get; set; }

    public long RunId { get; set; }

    public object RunDate { get; set; } = null!;

    public double Score { get; set; }

    public string MatchedOn { get; set; } = "";

    public string Explanation { get; set; } = "";

    public string RecordMasked { get; set; } = "";

    public string EvidenceFingerprint { get; set; } = "";

    public object FirstSeenDate { get; set; } = null!;

    public string Status { get; set; } = "";

    public long RuleVersion { get; set; }

    public string RuleSetHash { get; set; } = "";
}
