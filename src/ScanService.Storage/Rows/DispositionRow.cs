namespace ScanService.Storage.Rows;

/// <summary>One row of <c>alert_dispositions</c>; dates are left as the provider returned them.</summary>
internal sealed class DispositionRow : LinkIdentityRow
{
    public long Id { get; set; }

    public long AlertId { get; set; }

    public object AlertRunDate { get; set; } = null!;

    public string EvidenceFingerprint { get; set; } = "";

    public string Disposition { get; set; } = "";

    public string DisposedBy { get; set; } = "";

    public string Reason { get; set; } = "";

    public object DisposedAt { get; set; } = null!;
}
