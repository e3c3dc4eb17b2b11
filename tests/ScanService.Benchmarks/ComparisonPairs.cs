using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Benchmarks;

/// <summary>
/// Synthetic record/subject pairs, normalised as ingest would, for each comparator: one that agrees (the path that
/// fills in a detail) and one that does not (the path most candidate pairs take).
/// </summary>
public static class ComparisonPairs
{
    public static PersonRecord Record { get; } = new()
    {
        Source = "nrm-referrals",
        RecordId = "R-1",
        Line = 2,
        Name = NameNormaliser.Normalise(null, null, "NGUYEN Van Minh"),
        DateOfBirth = new DateOfBirth(1994, 3, 7),
        Phones = ["+447700900123"],
        Address = AddressParser.Parse("Flat 3, 12 Oldham Road, Manchester", "M4 5EA"),
    };

    /// <summary>The same person, filed with the name in another order, the date transposed and the same flat.</summary>
    public static Subject Same { get; } = Subject("S-1", "Van Minh Nguyen", new DateOfBirth(1994, 7, 3), "+447700900123", "3/12 Oldham Rd, Manchester", "M4 5EA");

    /// <summary>Someone else in the same blocking bucket: a similar name, another date, phone and street.</summary>
    public static Subject Other { get; } = Subject("S-2", "Nguyen Van Nam", new DateOfBirth(1987, 11, 21), "+447700900456", "40 Cheetham Hill Road, Manchester", "M8 8EP");

    private static Subject Subject(string reference, string fullName, DateOfBirth dob, string phone, string address, string postcode)
    {
        var subject = new Subject(reference);
        subject.Investigations.Add(new SubjectInvestigation("INV-2026-0001", "suspect"));
        subject.Names.Add(NameNormaliser.Normalise(null, null, fullName));
        subject.DatesOfBirth.Add(dob);
        subject.Phones.Add(phone);
        subject.Addresses.Add(AddressParser.Parse(address, postcode));
        return subject;
    }
}
