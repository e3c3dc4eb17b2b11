using System.Text;
using ScanService.Ingest;
using ScanService.Model;

namespace ScanService.Evaluation;

/// <summary>
/// Reads a truth file: CSV (UTF-8, header row) with at least <c>source, record_id, investigation_ref</c>, and
/// optionally <c>link_kind</c> (or <c>rule_id</c>, mapped by <see cref="LinkKinds.FromRuleId"/>) and
/// <c>subject_ref</c>. Other columns are ignored, so an alert export or an answer key can serve as truth.
/// A malformed file is refused whole, with file, line and field: figures computed on half a truth file would
/// look plausible and be wrong.
/// </summary>
public static class TruthFile
{
    public const string SourceColumn = "source";
    public const string RecordIdColumn = "record_id";
    public const string InvestigationColumn = "investigation_ref";
    public const string KindColumn = "link_kind";
    public const string RuleIdColumn = "rule_id";
    public const string SubjectColumn = "subject_ref";

    private static readonly string[] Required = [SourceColumn, RecordIdColumn, InvestigationColumn];

    // Enough to fix a file in one pass without burying the first problem.
    private const int MaxProblems = 5;

    public static ParseResult<IReadOnlyList<TruthRow>> Read(string path)
    {
        if (!File.Exists(path))
        {
            return Fail($"truth file '{path}' does not exist");
        }

        try
        {
            return ReadRows(path);
        }
        catch (DecoderFallbackException)
        {
            var at = Utf8Locator.FindFirstInvalid(path);
            return Fail(at is { } f ? $"{path}:{f.Line}: not valid UTF-8 (byte {f.Column})" : $"{path}: not valid UTF-8");
        }
        catch (IOException ex)
        {
            return Fail($"{path}: could not be read ({ex.Message})");
        }
    }

    private static ParseResult<IReadOnlyList<TruthRow>> ReadRows(string path)
    {
        using var reader = new CsvRowReader(path);
        var header = reader.ReadHeader();
        if (header is null)
        {
            return Fail($"{path}:1: the file is empty; a truth file needs the header {string.Join(",", Required)}");
        }

        var columns = TruthColumns.From(header);
        var missing = Required.Where(c => columns.IndexOf(c) < 0).ToList();
        if (missing.Count > 0)
        {
            return Fail($"{path}:1: missing column(s) {string.Join(", ", missing)}; a truth file needs {string.Join(", ", Required)}");
        }

        var rows = new List<TruthRow>();
        var problems = new List<string>();
        while (reader.Read() && problems.Count < MaxProblems)
        {
            var problem = RowProblem(reader, columns, header.Length);
            if (problem is not null)
            {
                problems.Add($"{path}:{reader.Line}: {problem}");
                continue;
            }

            rows.Add(ToRow(reader, columns));
        }

        return problems.Count > 0
            ? Fail(string.Join(Environment.NewLine, problems))
            : ParseResult<IReadOnlyList<TruthRow>>.Ok(rows);
    }

    private static string? RowProblem(CsvRowReader reader, TruthColumns columns, int headerFields)
    {
        if (reader.HasBadQuoting)
        {
            return "broken quoting (a stray or unclosed quote)";
        }

        if (reader.FieldCount != headerFields)
        {
            return $"the row has {reader.FieldCount} fields, the header has {headerFields}";
        }

        var empty = Required.FirstOrDefault(c => reader[columns.IndexOf(c)].Trim().Length == 0);
        return empty is null ? null : $"{empty} is empty";
    }

    private static TruthRow ToRow(CsvRowReader reader, TruthColumns columns)
    {
        var pair = new LinkPair(
            reader[columns.IndexOf(SourceColumn)].Trim(),
            reader[columns.IndexOf(RecordIdColumn)].Trim(),
            reader[columns.IndexOf(InvestigationColumn)].Trim());
        var kind = columns.IndexOf(KindColumn) >= 0
            ? LinkKinds.Normalise(reader[columns.IndexOf(KindColumn)])
            : LinkKinds.FromRuleId(reader[columns.IndexOf(RuleIdColumn)]);
        var subject = reader[columns.IndexOf(SubjectColumn)].Trim();
        return new TruthRow(pair, kind, subject.Length == 0 ? null : subject, reader.Line);
    }

    private static ParseResult<IReadOnlyList<TruthRow>> Fail(string reason) => ParseResult<IReadOnlyList<TruthRow>>.Fail(reason);

    /// <summary>Column positions by name, case-insensitive; the first of a repeated name wins.</summary>
    private sealed class TruthColumns
    {
        private readonly Dictionary<string, int> _index;

        private TruthColumns(Dictionary<string, int> index) => _index = index;

        public static TruthColumns From(string[] header)
        {
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
            {
                index.TryAdd(header[i].Trim(), i);
            }

            return new TruthColumns(index);
        }

        /// <summary>-1 when absent; <see cref="CsvRowReader"/> reads index -1 as an empty value.</summary>
        public int IndexOf(string column) => _index.TryGetValue(column, out var i) ? i : -1;
    }
}
