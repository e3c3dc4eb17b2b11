namespace ScanService.Storage;

/// <summary>The inputs of a run (V005): standard SQL on every provider.</summary>
internal static partial class ScanSql
{
    public const string DeleteRunInputs = "DELETE FROM scan_run_inputs WHERE run_id = @RunId";

    public const string InsertRunInput = """
        INSERT INTO scan_run_inputs (run_id, file_name, source, origin, size_bytes, sha256)
        VALUES (@RunId, @FileName, @Source, @Origin, @SizeBytes, @Sha256)
        """;

    public const string SelectRunInputs = """
        SELECT file_name AS FileName, source AS Source, origin AS Origin, size_bytes AS SizeBytes, sha256 AS Sha256
        FROM scan_run_inputs WHERE run_id = @RunId ORDER BY file_name
        """;
}
