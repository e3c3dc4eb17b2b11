using System.Globalization;
using CsvHelper;

namespace ScanService.Ingest;

/// <summary>
/// Writes a run's rejected rows and dropped values to one CSV per run, so that every input row is accounted
/// for and the export can be fixed at its source. It holds references (file, line, record_id) and reasons,
/// never the personal values themselves.
/// </summary>
public static class QuarantineWriter
{
    public static string Write(string directory, DateOnly runDate, long runId, IEnumerable<IngestIssue> issues)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"quarantine-{runDate:yyyy-MM-dd}-run{runId}.csv");
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "source", "file", "line", "record_id", "field", "outcome", "reason" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var issue in issues)
        {
            csv.WriteField(issue.Source);
            csv.WriteField(issue.FileName);
            csv.WriteField(issue.Line);
            csv.WriteField(issue.RecordId ?? string.Empty);
            csv.WriteField(issue.Field);
            csv.WriteField(OutcomeName(issue.Outcome));
            csv.WriteField(issue.Reason);
            csv.NextRecord();
        }

        return path;
    }

    public static string OutcomeName(IssueOutcome outcome) => outcome switch
    {
        IssueOutcome.Rejected => "rejected",
        IssueOutcome.FieldDropped => "field-dropped",
        IssueOutcome.SourceFailed => "source-failed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
