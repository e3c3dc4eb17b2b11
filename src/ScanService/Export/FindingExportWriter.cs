using System.Globalization;
using System.Text.Json;
using CsvHelper;
using ScanService.Model;

namespace ScanService.Host.Export;

/// <summary>
/// The export of a run's pattern or compliance alerts (<c>scan alerts export --kind pattern|compliance</c>). Separate
/// from the link-alert export so that its contract columns (DESIGN.md §4) never change. Members and records are
/// references; keys are masked.
/// </summary>
internal static class FindingExportWriter
{
    public static readonly string[] PatternColumns =
        ["rule_id", "key_masked", "people_count", "member_count", "members", "explanation", "status", "first_seen_date", "run_date", "alert_id", "rule_version"];

    public static readonly string[] ComplianceColumns =
        ["rule_id", "source", "record_id", "due_date", "explanation", "status", "first_seen_date", "run_date", "alert_id", "rule_version"];

    public static (string[] Columns, List<object[]> Rows) Patterns(IEnumerable<StoredPatternAlert> alerts) => (PatternColumns, alerts
        .Select(p => new object[]
        {
            p.Alert.RuleId, p.Alert.KeyMasked, p.Alert.PeopleCount, p.Alert.Members.Count, string.Join("; ", p.Alert.Members), p.Alert.Explanation,
            StatusOf(p.Status), Date(p.FirstSeenDate), Date(p.RunDate), p.AlertId, p.Alert.RuleVersion,
        }).ToList());

    public static (string[] Columns, List<object[]> Rows) Compliance(IEnumerable<StoredComplianceAlert> alerts) => (ComplianceColumns, alerts
        .Select(c => new object[]
        {
            c.Alert.RuleId, c.Alert.Source, c.Alert.RecordId, Date(c.Alert.DueOn), c.Alert.Explanation,
            StatusOf(c.Status), Date(c.FirstSeenDate), Date(c.RunDate), c.AlertId, c.Alert.RuleVersion,
        }).ToList());

    public static async Task WriteAsync(string[] columns, List<object[]> rows, TextWriter writer, bool json, CancellationToken cancellationToken)
    {
        if (json)
        {
            var objects = rows.Select(row => columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2)).ToList();
            await writer.WriteLineAsync(JsonSerializer.Serialize(objects, new JsonSerializerOptions { WriteIndented = true }).AsMemory(), cancellationToken);
        }
        else
        {
            using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
            foreach (var row in rows.Prepend(columns))
            {
                foreach (var value in row)
                {
                    csv.WriteField(value);
                }

                csv.NextRecord();
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string StatusOf(AlertStatus status) => status.ToString().ToLowerInvariant();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
