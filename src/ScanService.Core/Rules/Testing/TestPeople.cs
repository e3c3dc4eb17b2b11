using ScanService.Ingest;
using ScanService.Model;

namespace ScanService.Rules.Testing;

/// <summary>
/// Turns a case's rows into records and subjects with the same code a run uses (the normalisers of
/// <see cref="PersonRecordBuilder"/>, subject rows adding up as in subjects.csv), so a test proves what a night does.
/// </summary>
internal sealed class TestPeople
{
    private readonly PersonRecordBuilder _builder;

    public TestPeople(DateOnly runDate) => _builder = new PersonRecordBuilder(runDate);

    /// <summary>Values the normalisers refused, said as notes: a case may give a junk value on purpose.</summary>
    public List<string> Notes { get; } = [];

    public List<PersonRecord> Records(IEnumerable<TestRecordRow> rows) =>
        rows.Select(row => Build(row.Source, row.RecordId, row.At, row.Fields, $"record {row.RecordId}", row.Attributes)).ToList();

    public List<Subject> Subjects(IEnumerable<TestSubjectRow> rows)
    {
        var subjects = new Dictionary<string, Subject>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!subjects.TryGetValue(row.SubjectRef, out var subject))
            {
                subject = new Subject(row.SubjectRef);
                subjects.Add(row.SubjectRef, subject);
            }

            if (!subject.Investigations.Any(i => i.InvestigationRef == row.InvestigationRef))
            {
                subject.Investigations.Add(new SubjectInvestigation(row.InvestigationRef, row.Role));
            }

            SubjectFacts.Add(subject, Build("subjects", row.SubjectRef, row.At, row.Fields, $"subject {row.SubjectRef}", row.Attributes));
        }

        return [.. subjects.Values];
    }

    private PersonRecord Build(string source, string id, TextPosition at, PersonFields fields, string who, KeyValuePair<string, string>[]? attributes = null)
    {
        var problems = new List<FieldProblem>();
        var record = _builder.Build(source, id, at.Line, fields, problems, attributes);
        Notes.AddRange(problems.Select(p => $"{who}: {p.Field} was not read ({p.Reason})"));
        return record;
    }
}
