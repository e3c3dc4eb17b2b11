using System.Text;
using ScanService.Ingest.Mappings;
using ScanService.Model;
using ScanService.Pipeline.Progress;

namespace ScanService.Ingest;

/// <summary>
/// Reads one partner export: through its source mapping when the rules folder has one for it (a mapping wins over
/// the standard format), otherwise in the standard format. Each row is accepted or rejected with its line, column
/// and reason; a file that cannot be read at all (unknown layout, wrong encoding, unreadable) fails as a whole and
/// none of its rows are used, so a half-read file never looks like a complete one.
/// </summary>
public sealed class SourceIngester
{
    private readonly PersonRecordBuilder _builder;
    private readonly SourceMappings _mappings;

    public SourceIngester(DateOnly runDate, SourceMappings? mappings = null)
    {
        _builder = new PersonRecordBuilder(runDate);
        _mappings = mappings ?? SourceMappings.None;
    }

    /// <param name="bytesRead">Counts the file's bytes as they are read, for a progress report; none when null.</param>
    public SourceIngestResult Ingest(SourceFile file, ProgressCounter? bytesRead = null)
    {
        var mapping = _mappings.TryGet(file.Source, out var found) ? found : null;
        try
        {
            if (mapping is not null && !SourceEncodings.IsUtf8(mapping.EncodingName) &&
                SingleByteCheck.FindProblem(file.Path, mapping.EncodingName) is { } wrong)
            {
                return Failed(file, $"{wrong.Reason} (line {wrong.Line}, byte {wrong.Column}; mapping {mapping.FileName})", wrong.Line);
            }

            return ReadAll(file, mapping, bytesRead);
        }
        catch (DecoderFallbackException) when (mapping is null || SourceEncodings.IsUtf8(mapping.EncodingName))
        {
            var at = Utf8Locator.FindFirstInvalid(file.Path);
            var where = at is { } position ? $" (first bad byte at line {position.Line}, byte {position.Column})" : string.Empty;
            var fix = mapping is null
                ? "export it as UTF-8 or describe its encoding in a source mapping"
                : $"export it as UTF-8 or correct 'encoding' in {mapping.FileName}";
            return Failed(file, $"the file is not valid UTF-8{where}; {fix}", at?.Line ?? 0);
        }
        catch (DecoderFallbackException)
        {
            return Failed(file, $"the file is not valid {mapping!.EncodingName}; correct 'encoding' in {mapping.FileName}");
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

    private SourceIngestResult ReadAll(SourceFile file, SourceMapping? mapping, ProgressCounter? bytesRead)
    {
        var format = mapping?.Format ?? CsvFormat.Standard;
        using var reader = new CsvRowReader(file.Path, format, bytesRead);
        var header = reader.ReadHeader();
        if (header is null)
        {
            return Failed(file, mapping is null ? "the file is empty (no header row)" : $"the file has no header row on line {mapping.HeaderRow} ({mapping.FileName})");
        }

        var layout = LayoutOf(header, mapping);
        if (!layout.Success)
        {
            return Failed(file, layout.Error!, reader.Line);
        }

        return ReadRows(file, reader, layout.Value, format);
    }

    private static ParseResult<SourceLayout> LayoutOf(string[] header, SourceMapping? mapping)
    {
        if (mapping is not null)
        {
            return SourceLayout.Mapped(mapping, header);
        }

        var standard = StandardColumns.FromHeader(header);
        return standard.Success
            ? ParseResult<SourceLayout>.Ok(SourceLayout.Standard(standard.Value))
            : ParseResult<SourceLayout>.Fail(standard.Error!);
    }

    private SourceIngestResult ReadRows(SourceFile file, CsvRowReader reader, SourceLayout layout, CsvFormat format)
    {
        var recordIdIndex = layout.IndexOf(StandardColumns.RecordId);
        var records = new List<PersonRecord>();
        var issues = new List<IngestIssue>();
        var firstLineById = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<FieldProblem>();
        var pool = new ValuePool();
        int read = 0, rejected = 0, fieldIssues = 0;

        while (reader.Read())
        {
            read++;
            if (read == SizingSample)
            {
                Presize(reader.EstimateRowCount(read), records, firstLineById);
            }

            var line = reader.Line;
            var recordId = reader[recordIdIndex].Trim();
            var rejection = CheckRowShape(reader, layout, format, recordId, firstLineById);
            if (rejection is { } reject)
            {
                rejected++;
                issues.Add(Issue(file, line, recordId, layout.ColumnOf(reject.Field), IssueOutcome.Rejected, reject.Reason));
                continue;
            }

            firstLineById[recordId] = line;
            problems.Clear();
            var fields = layout.Read(reader, problems);
            var record = _builder.Build(file.Source, recordId, line, fields, problems, layout.ReadAttributes(reader, pool), pool);
            if (!PersonRecordBuilder.IsIdentifiable(record))
            {
                rejected++;
                issues.Add(Issue(file, line, recordId, "(row)", IssueOutcome.Rejected,
                    "no usable name, phone, address or email to match on" + DroppedSuffix(problems, layout)));
                continue;
            }

            foreach (var problem in problems)
            {
                fieldIssues++;
                issues.Add(Issue(file, line, recordId, layout.ColumnOf(problem.Field), IssueOutcome.FieldDropped, problem.Reason));
            }

            records.Add(record);
        }

        var report = new SourceReport(file.Source, file.FileName, SourceOutcome.Read, read, read - rejected, rejected, fieldIssues, null);
        return new SourceIngestResult(records, report, issues);
    }

    // Rows read before the size of the file's collections is judged: enough for a steady average row length.
    private const int SizingSample = 1_000;

    /// <summary>
    /// Sizes the record list and the record_id index once for the whole file (with a tenth to spare), rather than
    /// letting them double their way up: on a 300,000-row export the doubling allocated about twice their final size
    /// in large arrays.
    /// </summary>
    private static void Presize(int estimatedRows, List<PersonRecord> records, Dictionary<string, int> firstLineById)
    {
        var capacity = estimatedRows + estimatedRows / 10;
        records.EnsureCapacity(capacity);
        firstLineById.EnsureCapacity(capacity);
    }

    private static FieldProblem? CheckRowShape(
        CsvRowReader reader, SourceLayout layout, CsvFormat format, string recordId, Dictionary<string, int> firstLineById)
    {
        if (reader.HasBadQuoting)
        {
            return new FieldProblem("(row)", "broken quoting: a field has a stray or unclosed double quote");
        }

        if (reader.FieldCount != layout.FieldCount)
        {
            var delimiter = format.Delimiter == ',' ? "comma" : format.DelimiterName;
            return new FieldProblem("(row)", $"has {reader.FieldCount} fields but the header has {layout.FieldCount} (an unquoted {delimiter}?)");
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

    private static string DroppedSuffix(List<FieldProblem> problems, SourceLayout layout) =>
        problems.Count == 0 ? string.Empty : " (unreadable: " + string.Join(", ", problems.Select(p => layout.ColumnOf(p.Field))) + ")";

    private static IngestIssue Issue(SourceFile file, int line, string? recordId, string field, IssueOutcome outcome, string reason) =>
        new(file.Source, file.FileName, line, string.IsNullOrEmpty(recordId) ? null : recordId, field, outcome, reason);

    private static SourceIngestResult Failed(SourceFile file, string reason, int line = 0) => new(
        [],
        new SourceReport(file.Source, file.FileName, SourceOutcome.Failed, 0, 0, 0, 0, reason),
        [new IngestIssue(file.Source, file.FileName, line, null, "(file)", IssueOutcome.SourceFailed, reason)]);
}
