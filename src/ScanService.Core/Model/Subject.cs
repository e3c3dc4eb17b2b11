namespace ScanService.Model;

/// <summary>The link between a subject and one open investigation, with the subject's role in it.</summary>
public sealed record SubjectInvestigation(string InvestigationRef, string Role);

/// <summary>
/// A person of interest to open investigations. Several rows of <c>subjects.csv</c> for one subject_ref add up:
/// every name, date of birth, phone and address given on any of them is a known fact about the subject.
/// </summary>
public sealed class Subject
{
    public Subject(string subjectRef) => SubjectRef = subjectRef;

    public string SubjectRef { get; }

    public List<SubjectInvestigation> Investigations { get; } = [];

    public List<PersonName> Names { get; } = [];

    public List<DateOfBirth> DatesOfBirth { get; } = [];

    public HashSet<string> Phones { get; } = new(StringComparer.Ordinal);

    public List<ParsedAddress> Addresses { get; } = [];

    public HashSet<PersonIdentifier> Identifiers { get; } = [];
}
