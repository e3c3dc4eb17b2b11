using System.Text;
using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Ingest;

/// <summary>
/// Reads <c>investigations.csv</c> and <c>subjects.csv</c> (DESIGN.md §3). Only open investigations are kept;
/// a subject's rows add up, so every name, date of birth, phone and address on any row is known about them.
/// </summary>
public sealed class InvestigationsLoader
{
    private static readonly string[] InvestigationColumns = ["investigation_ref", "operation_name", "status", "team", "officer", "opened_on"];
    private static readonly string[] SubjectColumns = ["investigation_ref", "subject_ref", "role"];

    // Rows read before the row list is sized for the whole file.
    private const int SizingSample = 1_000;

    private readonly PersonRecordBuilder _builder;

    public InvestigationsLoader(DateOnly runDate) => _builder = new PersonRecordBuilder(runDate);

    public OpenInvestigations Load(ExportFolder folder)
    {
        var issues = new List<IngestIssue>();
        var all = ReadGuarded(folder.InvestigationsPath, path => ReadInvestigations(path, issues));
        var open = all.Values.Where(i => i.IsOpen).ToDictionary(i => i.Ref, StringComparer.Ordinal);
        var subjects = ReadGuarded(folder.SubjectsPath, path => ReadSubjects(path, all, open, issues));
        return new OpenInvestigations(open, subjects, issues);
    }

    private static T ReadGuarded<T>(string path, Func<string, T> read)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new InvestigationFilesException($"{fileName} is missing from the exports folder");
        }

        try
        {
            return read(path);
        }
        catch (DecoderFallbackException)
        {
            var at = Utf8Locator.FindFirstInvalid(path);
            throw new InvestigationFilesException($"{fileName} is not valid UTF-8" + (at is { } f ? $" (line {f.Line}, byte {f.Column})" : string.Empty));
        }
        catch (IOException ex)
        {
            throw new InvestigationFilesException($"{fileName} could not be read ({ex.GetType().Name})");
        }
    }

    private static Dictionary<string, Investigation> ReadInvestigations(string path, List<IngestIssue> issues)
    {
        const string source = "investigations";
        using var reader = new CsvRowReader(path);
        var index = RequireColumns(reader, path, InvestigationColumns);
        var result = new Dictionary<string, Investigation>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var reference = reader[index["investigation_ref"]].Trim();
            if (reference.Length == 0 || reader.FieldCount < InvestigationColumns.Length)
            {
                issues.Add(Reject(source, path, reader.Line, null, "investigation_ref", "is empty or the row is incomplete"));
                continue;
            }

            if (result.ContainsKey(reference))
            {
                issues.Add(Reject(source, path, reader.Line, reference, "investigation_ref", "appears twice; the first row is used"));
                continue;
            }

            DateOnly? openedOn = null;
            var openedRaw = reader[index["opened_on"]].Trim();
            if (openedRaw.Length > 0)
            {
                var parsed = RecordDateParser.Parse(openedRaw);
                if (parsed.Success)
                {
                    openedOn = parsed.Value;
                }
                else
                {
                    issues.Add(new IngestIssue(source, Path.GetFileName(path), reader.Line, reference, "opened_on", IssueOutcome.FieldDropped, parsed.Error!));
                }
            }

            result[reference] = new Investigation(
                reference,
                reader[index["operation_name"]].Trim(),
                reader[index["status"]].Trim(),
                reader[index["team"]].Trim(),
                reader[index["officer"]].Trim(),
                openedOn);
        }

        return result;
    }

    private List<Subject> ReadSubjects(string path, Dictionary<string, Investigation> all, Dictionary<string, Investigation> open, List<IngestIssue> issues)
    {
        const string source = "subjects";
        var fileName = Path.GetFileName(path);
        using var reader = new CsvRowReader(path);
        var header = reader.ReadHeader() ?? throw new InvestigationFilesException($"{fileName} is empty (no header row)");
        var layout = StandardColumns.FromHeader(header, SubjectColumns);
        if (!layout.Success)
        {
            throw new InvestigationFilesException($"{fileName}: {layout.Error}");
        }

        var columns = layout.Value;
        var identifierColumns = Enumerable.Range(0, header.Length)
            .Where(i => IdentifierNormaliser.IsIdentifierColumn(header[i].Trim()))
            .Select(i => (Name: header[i].Trim(), Index: i))
            .ToArray();
        var rows = new List<SubjectRow>();
        while (reader.Read())
        {
            if (rows.Count == SizingSample)
            {
                rows.EnsureCapacity(reader.EstimateRowCount(rows.Count) * 11 / 10);
            }

            var investigationRef = reader[columns.IndexOf("investigation_ref")].Trim();
            var subjectRef = reader[columns.IndexOf("subject_ref")].Trim();
            if (reader.FieldCount != columns.FieldCount || subjectRef.Length == 0 || investigationRef.Length == 0)
            {
                rows.Add(SubjectRow.Rejected(Reject(source, path, reader.Line, subjectRef, "(row)", "needs investigation_ref and subject_ref, and as many fields as the header")));
                continue;
            }

            if (!all.ContainsKey(investigationRef))
            {
                rows.Add(SubjectRow.Rejected(Reject(source, path, reader.Line, subjectRef, "investigation_ref", "names an investigation that is not in investigations.csv")));
                continue;
            }

            rows.Add(new SubjectRow(reader.Line, investigationRef, subjectRef, reader[columns.IndexOf("role")].Trim(),
                PersonFields.Read(reader, columns), IdentifierValues(reader, identifierColumns)));
        }

        var people = BuildAll(rows, source);
        var subjects = new Dictionary<string, Subject>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Rejection is not null)
            {
                // Kept in its place among the rows, so the quarantine lists problems in line order as before.
                issues.Add(row.Rejection);
                continue;
            }

            var (person, problems) = people[i];
            foreach (var problem in problems)
            {
                issues.Add(new IngestIssue(source, fileName, row.Line, row.SubjectRef, problem.Field, IssueOutcome.FieldDropped, problem.Reason));
            }

            if (!subjects.TryGetValue(row.SubjectRef, out var subject))
            {
                subject = new Subject(row.SubjectRef);
                subjects.Add(row.SubjectRef, subject);
            }

            if (open.ContainsKey(row.InvestigationRef) && !IsIn(subject.Investigations, row.InvestigationRef))
            {
                subject.Investigations.Add(new SubjectInvestigation(row.InvestigationRef, row.Role));
            }

            SubjectFacts.Add(subject, person);
        }

        return subjects.Values.Where(s => s.Investigations.Count > 0).OrderBy(s => s.SubjectRef, StringComparer.Ordinal).ToList();
    }

    // A loop, not Any with a lambda: the lambda captured the row, a closure and a delegate for every row.
    private static bool IsIn(List<SubjectInvestigation> investigations, string investigationRef)
    {
        foreach (var investigation in investigations)
        {
            if (investigation.InvestigationRef == investigationRef)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Normalises the rows on every core, in contiguous blocks with a value pool each; the facts are then added up in
    /// file order, so subjects, their facts and the issues come out exactly as from one pass.
    /// </summary>
    private (PersonRecord Person, FieldProblem[] Problems)[] BuildAll(List<SubjectRow> rows, string source)
    {
        var people = new (PersonRecord, FieldProblem[])[rows.Count];
        var blocks = Math.Max(1, Math.Min(Environment.ProcessorCount, rows.Count / 1_000));
        Parallel.For(0, blocks, block =>
        {
            var pool = new ValuePool();
            var problems = new List<FieldProblem>();
            var (from, to) = ((int)((long)rows.Count * block / blocks), (int)((long)rows.Count * (block + 1) / blocks));
            for (var i = from; i < to; i++)
            {
                var row = rows[i];
                if (row.Rejection is not null)
                {
                    continue;
                }

                problems.Clear();
                var person = _builder.Build(source, row.SubjectRef, row.Line, row.Fields, problems, row.Identifiers, pool);
                people[i] = (person, problems.Count == 0 ? [] : problems.ToArray());
            }
        });
        return people;
    }

    /// <summary>One subjects.csv row, read but not yet normalised, or the reason it was rejected.</summary>
    /// <remarks>A value in one list sized for the file, not an object per row.</remarks>
    private readonly record struct SubjectRow(int Line, string InvestigationRef, string SubjectRef, string Role, PersonFields Fields, KeyValuePair<string, string>[] Identifiers)
    {
        public IngestIssue? Rejection { get; private init; }

        public static SubjectRow Rejected(IngestIssue issue) => new(issue.Line, string.Empty, string.Empty, string.Empty, default, []) { Rejection = issue };
    }

    /// <summary>The row's non-empty identifier values, in column order; counted first so the array is made at its size.</summary>
    private static KeyValuePair<string, string>[] IdentifierValues(CsvRowReader reader, (string Name, int Index)[] columns)
    {
        var count = 0;
        foreach (var (_, index) in columns)
        {
            count += reader[index].AsSpan().Trim().IsEmpty ? 0 : 1;
        }

        if (count == 0)
        {
            return [];
        }

        var values = new KeyValuePair<string, string>[count];
        var at = 0;
        foreach (var (name, index) in columns)
        {
            var value = reader[index].Trim();
            if (value.Length > 0)
            {
                values[at++] = KeyValuePair.Create(name, value);
            }
        }

        return values;
    }

    private static Dictionary<string, int> RequireColumns(CsvRowReader reader, string path, string[] required)
    {
        var header = reader.ReadHeader() ?? throw new InvestigationFilesException($"{Path.GetFileName(path)} is empty (no header row)");
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim(), i);
        }

        var missing = required.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvestigationFilesException($"{Path.GetFileName(path)} lacks column(s) {string.Join(", ", missing)}");
        }

        return index;
    }

    private static IngestIssue Reject(string source, string path, int line, string? reference, string field, string reason) =>
        new(source, Path.GetFileName(path), line, string.IsNullOrEmpty(reference) ? null : reference, field, IssueOutcome.Rejected, reason);
}
