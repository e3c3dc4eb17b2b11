using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Composition;

internal enum LinkKind
{
    Person,
    Phone,
    Premises,
}

internal readonly record struct TruthRow(Investigation Investigation, Subject Subject, LinkKind Kind)
{
    public static string Label(LinkKind kind) => kind switch
    {
        LinkKind.Person => "person",
        LinkKind.Phone => "phone",
        _ => "premises",
    };
}

/// <summary>
/// Decides which (investigation, subject, kind) links a written record truly makes. Only open investigations
/// count. Phone and premises links come from the subject index, so they hold whoever the record is about (a
/// relative at the subject's address is a true premises link). A person link needs the record to be the
/// subject and to name them in full, with a date of birth to compare (both sides must have one) or with the
/// subject's phone or premises beside the name; a name alone is not evidence that anyone could act on.
/// </summary>
internal static class TruthResolver
{
    public static void Resolve(RecordFacts facts, SubjectIndex index, List<TruthRow> rows)
    {
        rows.Clear();
        foreach (var phone in facts.Phones)
        {
            foreach (var subject in index.WithPhone(phone))
            {
                AddAll(rows, subject, LinkKind.Phone);
            }
        }

        if (facts.Premises is { } premises)
        {
            foreach (var subject in index.AtPremises(premises.Key))
            {
                AddAll(rows, subject, LinkKind.Premises);
            }
        }

        if (facts.Subject is { } self && facts.FullName)
        {
            var dobEvidence = facts.DobShown && self.RecordedBirth != RecordedBirth.Missing;
            if (dobEvidence || rows.Exists(r => r.Subject == self))
            {
                AddAll(rows, self, LinkKind.Person);
            }
        }

        rows.Sort((a, b) => (a.Kind, a.Investigation.Index, a.Subject.Id).CompareTo((b.Kind, b.Investigation.Index, b.Subject.Id)));
    }

    private static void AddAll(List<TruthRow> rows, Subject subject, LinkKind kind)
    {
        foreach (var investigation in subject.OpenInvestigations)
        {
            var row = new TruthRow(investigation, subject, kind);
            if (!rows.Contains(row))
            {
                rows.Add(row);
            }
        }
    }
}
