namespace ScanService.Storage.Rows;

/// <summary>What the store works out for an alert it has just written: its id, first-seen date and status, by link.</summary>
internal sealed class AlertStateRow : LinkIdentityRow
{
    public long AlertId { get; set; }

    public object FirstSeenDate { get; set; } = null!;

    public string Status { get; set; } = "";
}
