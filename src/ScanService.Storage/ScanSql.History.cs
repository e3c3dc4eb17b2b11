namespace ScanService.Storage;

internal static partial class ScanSql
{
    /// <summary>Run ids, newest first; the dialect adds the paging clause.</summary>
    public const string SelectRunIdsNewestFirst = "SELECT run_id FROM scan_runs ORDER BY run_id DESC";
}
