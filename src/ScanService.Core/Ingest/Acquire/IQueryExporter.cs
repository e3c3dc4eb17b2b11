namespace ScanService.Ingest.Acquire;

/// <summary>Runs a source's query for a night and writes its rows as a standard-format CSV file.</summary>
public interface IQueryExporter
{
    /// <returns>The number of rows written.</returns>
    Task<int> ExportAsync(ExportSourceOptions source, DateOnly night, string targetPath, CancellationToken cancellationToken);
}
