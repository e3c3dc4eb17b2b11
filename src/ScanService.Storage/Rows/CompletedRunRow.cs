namespace ScanService.Storage.Rows;

/// <summary>A completed run as <see cref="ScanSql.SelectCompletedRunsBefore"/> reads it.</summary>
internal sealed class CompletedRunRow
{
    public long RunId { get; set; }

    public object RunDate { get; set; } = null!;

    public string RuleSetHash { get; set; } = "";
}
