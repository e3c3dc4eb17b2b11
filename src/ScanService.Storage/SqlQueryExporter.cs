using System.Globalization;
using CsvHelper;
using Polly;
using ScanService.Ingest.Acquire;

namespace ScanService.Storage;

/// <summary>
/// Pulls a source from a reporting database (police systems often expose one): runs its query with <c>@date</c>
/// bound to the night and writes the rows, with the query's column names as the header, as RFC 4180 CSV.
/// Opening the connection goes through the same retry pipeline as the store's.
/// </summary>
public sealed class SqlQueryExporter(ResiliencePipeline? connectionRetry = null) : IQueryExporter
{
    private readonly ResiliencePipeline _retry = connectionRetry ?? ResiliencePipeline.Empty;

    public async Task<int> ExportAsync(ExportSourceOptions source, DateOnly night, string targetPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        // The store's dialects open it: the same session settings, and the same retry pipeline.
        var dialect = ScanStoreFactory.CreateDialect(source.Provider, source.Connection);
        dialect.ConnectionRetry = _retry;
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = source.Query;
        var date = command.CreateParameter();
        date.ParameterName = "@date";
        date.Value = source.Provider == "sqlite" ? night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : night.ToDateTime(TimeOnly.MinValue);
        command.Parameters.Add(date);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var writer = new StreamWriter(targetPath, append: false, new System.Text.UTF8Encoding(false));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            csv.WriteField(reader.GetName(i));
        }

        await csv.NextRecordAsync();
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                csv.WriteField(Text(reader.GetValue(i)));
            }

            await csv.NextRecordAsync();
            rows++;
        }

        return rows;
    }

    // Dates as the standard format reads them; everything else in the invariant culture.
    private static string Text(object value) => value switch
    {
        DBNull => "",
        DateTime { TimeOfDay.Ticks: 0 } day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
