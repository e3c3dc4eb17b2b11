using System.Text;
using ScanService.Model;

namespace ScanService.Ingest;

/// <summary>
/// Reads one partner export in the standard format. Each row is accepted or rejected with its line, field and
/// reason; a file that cannot be read at all (unknown layout, not UTF-8, unreadable) fails as a whole and
/// none of its rows are used, so a half-read file never looks like a complete one.
/// </summary>
public sealed class SourceIngester
{
    private readonly PersonRecordBuilder _builder;

    public SourceIngester(DateOnly runDate) => _builder = new PersonRecordBuilder(runDate);

    public SourceIngestResult Ingest(SourceFile file)
    {
        try
        {
            return ReadAll(file);
        }
        catch (DecoderFallbackException)
        {
            var at = Utf8Locator.FindFirstInvalid(file.Path);
            var where = at is { } found ? $" (first bad byte at line {found.Line}, byte {found.Column})" : string.Empty;
            return Failed(file, $"the file is not valid UTF-8{where}; export it as UTF-8 or describe its encoding in a source mapping", at?.Line ?? 0);
        }
        catch (IOException ex)
        {
            return Failed(file, $"the file could not be read ({ex.GetType().Name})");
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(file, "the file could not be read (access denied)");
        }
    }

    private SourceIngestResult ReadAll(SourceFile file)
    {
        using var reader = new CsvRowReader(file.Path);
        var header = reader.ReadHeader();
        if (header is null)
        {
            return Failed(file, "the file is empty (no header row)");
        }

        var layout = StandardColumns.FromHeader(header);
        if (!layout.Success)
        {
            return Failed(file, layout.Error!);
        }

        var columns = layout.Value;
        var recordIdIndex = columns.IndexOf(StandardColumns.RecordId);
        var records = new List<PersonRecord>();
        var issues = new List<IngestIssue>();
        var firstLineById = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<FieldProblem>();
        int read = 0, rejected = 0, fieldIssues = 0;

        while (reader.Read())
        {
            read++;
            var line = reader.Line;
            var recordId = reader[recordIdIndex].Trim();
            var rejection = CheckRowShape(reader, columns, recordId, firstLineById);
            if (rejection is { } reject)
            {
                rejected++;
                issues.Add(Issue(file, line, recordId, reject.Field, IssueOutcome.Rejected, reject.Reason));
                continue;
            }

            firstLineById[recordId] = line;
            problems.Clear();
            var fields = PersonFields.Read(reader, columns);
            var record = _builder.Build(file.Source, recordId, line, fields, problems);
            if (!PersonRecordBuilder.IsIdentifiable(record))
            {
                rejected++;
                issues.Add(Issue(file, line, recordId, "(row)", IssueOutcome.Rejected,
                    "no usable name, phone, address or email to match on" + DroppedSuffix(problems)));
                continue;
            }

            foreach (var problem in problems)
            {
                fieldIssues++;
                issues.Add(Issue(file, line, recordId, problem.Field, IssueOutcome.FieldDropped, problem.Reason));
            }

            records.Add(record);
        }

        var report = new SourceReport(file.Source, file.FileName, SourceOutcome.Read, read, read - rejected, rejected, fieldIssues, null);
        return new SourceIngestResult(records, report, issues);
    }

    private static FieldProblem? CheckRowShape(CsvRowReader reader, StandardColumns columns, string recordId, Dictionary<string, int> firstLineById)
    {
        if (reader.HasBadQuoting)
        {
            return new FieldProblem("(row)", "broken quoting: a field has a stray or unclosed double quote");
        }

        if (reader.FieldCount != columns.FieldCount)
        {
            return new FieldProblem("(row)", $"has {reader.FieldCount} fields but the header has {columns.FieldCount} (an unquoted comma?)");
        }

        if (recordId.Length == 0)
        {
            return new FieldProblem(StandardColumns.RecordId, "is empty; every row needs a record_id");
        }

        if (firstLineById.TryGetValue(recordId, out var firstLine))
        {
            return new FieldProblem(StandardColumns.RecordId, $"repeats the record_id of line {firstLine}; record_id must be unique within the file");
        }

        return null;
    }

    private static string DroppedSuffix(List<FieldProblem> problems) =>
        problems.Count == 0 ? string.Empty : " (unreadable: " + string.Join(", ", problems.Select(p => p.Field)) + ")";

    private static IngestIssue Issue(SourceFile file, int line, string? recordId, string field, IssueOutcome outcome, string reason) =>
        new(file.Source, file.FileName, line, string.IsNullOrEmpty(recordId) ? null : recordId, field, outcome, reason);

    private static SourceIngestResult Failed(SourceFile file, string reason, int line = 0) => new(
        [],
        new SourceReport(file.Source, file.FileName, SourceOutcome.Failed, 0, 0, 0, 0, reason),
        [new IngestIssue(file.Source, file.FileName, line, null, "(file)", IssueOutcome.SourceFailed, reason)]);
}
