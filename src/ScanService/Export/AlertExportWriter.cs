using System.Globalization;
using System.Text.Json;
using CsvHelper;
using ScanService.Model;

namespace ScanService.Host.Export;

/// <summary>
/// The alert export. The first seven columns are the contract scripts depend on (DESIGN.md §4); the rest follow
/// and may grow. Only masked personal details are exported.
/// </summary>
internal static class AlertExportWriter
{
    public static readonly string[] Columns =
    [
        "source", "record_id", "investigation_ref", "subject_ref", "rule_id", "score", "matched_on",
        "explanation", "status", "first_seen_date", "run_id", "run_date", "alert_id", "record_masked",
        "rule_version", "rule_set_hash",
    ];

    public static void WriteCsv(IEnumerable<StoredLinkAlert> alerts, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var alert in alerts)
        {
            foreach (var value in Values(alert))
            {
                csv.WriteField(value);
            }

            csv.NextRecord();
        }
    }

    public static async Task WriteJsonAsync(IEnumerable<StoredLinkAlert> alerts, TextWriter writer, CancellationToken cancellationToken)
    {
        var rows = alerts.Select(alert =>
        {
            var values = Values(alert);
            var row = new Dictionary<string, object>(Columns.Length);
            for (var i = 0; i < Columns.Length; i++)
            {
                row[Columns[i]] = values[i];
            }

            return row;
        }).ToList();
        var json = JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true });
        await writer.WriteLineAsync(json.AsMemory(), cancellationToken);
    }

    private static object[] Values(StoredLinkAlert stored)
    {
        var a = stored.Alert;
        return
        [
            a.Source, a.RecordId, a.InvestigationRef, a.SubjectRef, a.RuleId, a.Score, a.MatchedOn,
            a.Explanation, stored.Status.ToString().ToLowerInvariant(), stored.FirstSeenDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            stored.RunId, stored.RunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), stored.AlertId, a.RecordMasked,
            a.RuleVersion, stored.RuleSetHash,
        ];
    }
}
