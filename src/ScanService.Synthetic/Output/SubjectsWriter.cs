using System.Globalization;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.Rendering;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Output;

/// <summary>
/// subjects.csv (DESIGN.md §3): one row per subject and investigation, plus rows for a second address and for an
/// alias, so that a subject's facts add up over several rows as in the unit's own records.
/// </summary>
internal static class SubjectsWriter
{
    public static readonly string[] Header =
    [
        "investigation_ref", "subject_ref", "role", "forename", "surname", "full_name", "date_of_birth", "nationality", "gender",
        "address", "postcode", "phone", "email", "ni_number",
    ];

    // The unit's own records are cleaner than partners': native spelling, full names, few slips.
    private static readonly NameMess Names = new() { Variant = 0, Nickname = 0, Typo = 0, DropDiacritics = 0.2, Swap = 0.02, MiddleKept = 0.75, UpperSurname = 0.05, AllCaps = 0.02, OneField = 0, Title = 0 };
    private static readonly AddressStyle Addresses = new() { Abbreviate = 0.1, Upper = 0.02, TownShown = 0.95, Postcode = 0.97, PostcodeOdd = 0.05, FlatDropped = 0, BusinessPrefix = 0.9 };
    private static readonly PhoneStyle Phones = new() { Formats = [70, 10, 2, 8, 4, 2, 2, 2, 0], LostZero = 0 };

    /// <returns>The number of rows written.</returns>
    public static int Write(SyntheticWorld world, string path, Random random)
    {
        var rows = new List<(int Investigation, int Subject, int Order, string[] Values)>(world.Subjects.Count * 5 / 4);
        foreach (var subject in world.Subjects)
        {
            var order = 0;
            foreach (var values in RowsOf(subject, world, random))
            {
                rows.Add((subject.Memberships[Math.Min(order, subject.Memberships.Count - 1)].Investigation.Index, subject.Id, order++, values));
            }
        }

        rows.Sort((a, b) => (a.Investigation, a.Subject, a.Order).CompareTo((b.Investigation, b.Subject, b.Order)));
        using var csv = new CsvRowWriter(path);
        csv.WriteRow(Header);
        foreach (var row in rows)
        {
            csv.WriteRow(row.Values);
        }

        return rows.Count;
    }

    private static IEnumerable<string[]> RowsOf(Subject subject, SyntheticWorld world, Random random)
    {
        var addresses = subject.Addresses;
        var phones = subject.Phones;
        var secondAddressRow = addresses.Count > 1 && subject.Memberships.Count == 1;
        var split = secondAddressRow || subject.Memberships.Count > 1 ? Math.Min(phones.Count, 2) : phones.Count;

        for (var m = 0; m < subject.Memberships.Count; m++)
        {
            var address = addresses.Count == 0 ? null : addresses[Math.Min(m, addresses.Count - 1)];
            var rowPhones = m == 0 ? phones.Take(split) : phones.Skip(split);
            yield return Row(subject, subject.Memberships[m], subject.Person.Name, address, rowPhones, m == 0 ? subject.Email : null, world, random)
                .Append(m == 0 && NationalInsuranceNumbers.KnownFor(subject) ? NationalInsuranceNumbers.For(subject.Person) : string.Empty).ToArray();
        }

        if (secondAddressRow)
        {
            yield return [.. Row(subject, subject.Memberships[0], subject.Person.Name, addresses[1], phones.Skip(split), null, world, random), string.Empty];
        }

        if (subject.Alias is { } alias)
        {
            yield return [.. Row(subject, subject.Memberships[0], alias, null, [], null, world, random), string.Empty];
        }
    }

    private static string[] Row(Subject subject, Membership membership, TrueName name, SubjectAddress? address, IEnumerable<Phones.PhoneNumber> phones,
        string? email, SyntheticWorld world, Random random)
    {
        var person = subject.Person;
        var rendered = NameRenderer.Render(name, person.Culture, Names, random, tally: null);
        string forename = string.Empty, surname = string.Empty, fullName = string.Empty;
        if (random.Chance(0.1))
        {
            fullName = NameRenderer.FullName(rendered, random.Chance(0.6) ? FullNameStyle.UpperSurnameForename : FullNameStyle.ForenameSurname, person.Culture, person.Gender, Names, random, tally: null);
        }
        else
        {
            (forename, surname) = NameRenderer.CaseForColumns(rendered, Names, random, tally: null);
        }

        var rendering = address is null ? default : AddressRenderer.Render(address.Premises, address.Business, world.Addresses, Addresses, mayDropFlat: false, random, tally: null);
        return
        [
            membership.Investigation.Ref, subject.Ref, membership.Role.ToString().ToLowerInvariant(), forename, surname, fullName,
            RecordedBirthText(subject, random), person.Nationality, person.Gender == Gender.Male ? "M" : "F",
            rendering.Address ?? string.Empty, rendering.Postcode ?? string.Empty,
            PhoneRenderer.Render([.. phones], Phones, random, tally: null), email ?? string.Empty,
        ];
    }

    private static string RecordedBirthText(Subject subject, Random random) => subject.RecordedBirth switch
    {
        RecordedBirth.Missing => string.Empty,
        RecordedBirth.Estimated => random.Chance(0.8)
            ? new DateOnly(subject.EstimatedYear, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : subject.EstimatedYear.ToString(CultureInfo.InvariantCulture),
        _ => DobRenderer.Format(subject.Person.DateOfBirth, random.Chance(0.9) ? DobFormat.Iso : DobFormat.DaySlashMonth),
    };
}
