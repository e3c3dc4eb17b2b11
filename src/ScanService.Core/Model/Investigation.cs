namespace ScanService.Model;

/// <summary>A row of <c>investigations.csv</c>.</summary>
public sealed record Investigation(
    string Ref,
    string OperationName,
    string Status,
    string Team,
    string Officer,
    DateOnly? OpenedOn)
{
    public bool IsOpen => string.Equals(Status.Trim(), "open", StringComparison.OrdinalIgnoreCase);
}
