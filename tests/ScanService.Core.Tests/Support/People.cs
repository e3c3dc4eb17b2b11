using ScanService.Model;

namespace ScanService.Core.Tests.Support;

/// <summary>Small builders for synthetic records and subjects, already normalised.</summary>
internal static class People
{
    public static PersonName Name(string forenames, string surnames) =>
        new(forenames.Split(' ', StringSplitOptions.RemoveEmptyEntries), surnames.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static PersonRecord Record(
        string id = "R1",
        string source = "nrm-referrals",
        PersonName? name = null,
        DateOfBirth? dob = null,
        string[]? phones = null,
        ParsedAddress? address = null) => new()
        {
            Source = source,
            RecordId = id,
            Line = 2,
            Name = name ?? PersonName.Empty,
            DateOfBirth = dob,
            Phones = phones ?? [],
            Address = address ?? ParsedAddress.Empty,
        };

    public static Subject Subject(
        string subjectRef = "S1",
        string[]? investigations = null,
        PersonName? name = null,
        DateOfBirth? dob = null,
        string[]? phones = null,
        ParsedAddress? address = null)
    {
        var subject = new Subject(subjectRef);
        foreach (var investigation in investigations ?? ["INV-1"])
        {
            subject.Investigations.Add(new SubjectInvestigation(investigation, "suspect"));
        }

        if (name is not null) subject.Names.Add(name);
        if (dob is { } d) subject.DatesOfBirth.Add(d);
        foreach (var phone in phones ?? []) subject.Phones.Add(phone);
        if (address is not null) subject.Addresses.Add(address);
        return subject;
    }
}
