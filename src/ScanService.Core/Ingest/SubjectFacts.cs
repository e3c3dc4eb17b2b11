using ScanService.Model;

namespace ScanService.Ingest;

/// <summary>Adds what one subjects.csv row says about a subject to what is already known, without repeats.</summary>
internal static class SubjectFacts
{
    public static void Add(Subject subject, PersonRecord row)
    {
        if (!row.Name.IsEmpty && !HasName(subject.Names, row.Name))
        {
            subject.Names.Add(row.Name);
        }

        if (row.DateOfBirth is { } dob && !subject.DatesOfBirth.Contains(dob))
        {
            subject.DatesOfBirth.Add(dob);
        }

        foreach (var phone in row.Phones)
        {
            subject.Phones.Add(phone);
        }

        if (!row.Address.IsEmpty && !subject.Addresses.Contains(row.Address))
        {
            subject.Addresses.Add(row.Address);
        }

        subject.Identifiers.UnionWith(row.Identifiers);
    }

    // A loop, not Any with a lambda over the row's name: that was a closure and a delegate for every row.
    private static bool HasName(List<PersonName> names, PersonName name)
    {
        foreach (var known in names)
        {
            if (SameName(known, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameName(PersonName a, PersonName b) =>
        a.Forenames.AsSpan().SequenceEqual(b.Forenames) && a.Surnames.AsSpan().SequenceEqual(b.Surnames);
}
