namespace ScanService.Storage.Rows;

/// <summary>Just enough of a run to explain why it could not be completed or failed.</summary>
internal sealed class RunStateRow
{
    public object RunDate { get; set; } = null!;

    public string Status { get; set; } = "";
}
