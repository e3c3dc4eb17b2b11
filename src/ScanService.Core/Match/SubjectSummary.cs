using ScanService.Match.Comparators;
using ScanService.Model;

namespace ScanService.Match;

/// <summary>
/// What the score ceiling's first questions need of a subject, in one small struct per subject held in an array:
/// the date of birth (when there is exactly one), how many phones (with the hashes of the first two) and whether any
/// identifier or address is known. Most candidate pairs are settled on these without reaching into the subject's
/// lists and sets, each a separate object in memory.
/// </summary>
internal readonly record struct SubjectSummary(
    DateOfBirth OnlyDateOfBirth, int DatesOfBirth, PhoneHashes Phones, bool HasIdentifiers, bool HasAddresses,
    ParsedAddress? OnlyAddress, AddressFacts OnlyAddressFacts)
{
    public static SubjectSummary Of(Subject subject) => new(
        subject.DatesOfBirth.Count == 1 ? subject.DatesOfBirth[0] : default,
        subject.DatesOfBirth.Count,
        PhoneHashes.Of(subject.Phones),
        subject.Identifiers.Count > 0,
        subject.Addresses.Count > 0,
        subject.Addresses.Count == 1 ? subject.Addresses[0] : null,
        subject.Addresses.Count == 1 ? new AddressFacts(subject.Addresses[0]) : default);

    /// <summary>Where the subject's names start in the matcher's <see cref="Names.NameSignatures"/> (0 outside it).</summary>
    public int FirstName { get; init; }

    /// <summary>How many names the subject has there.</summary>
    public int Names { get; init; }
}

/// <summary>
/// What the score ceiling asks of a record for every candidate pair, worked out once per record: the hashes of its
/// phones and the <see cref="AddressFacts"/> of its address.
/// </summary>
internal readonly record struct RecordSummary(PhoneHashes Phones, AddressFacts Address)
{
    public static RecordSummary Of(PersonRecord record) => new(PhoneHashes.Of(record.Phones), new AddressFacts(record.Address));

    public static RecordSummary Of(PersonRecord record, in PhoneHashes phones) => new(phones, new AddressFacts(record.Address));
}

/// <summary>
/// How many phone numbers one side gives and the <see cref="BlockingKeyHash"/> of the first two. Equal numbers have equal
/// hashes, so two sides of at most two numbers each whose hashes all differ share no number.
/// </summary>
internal readonly record struct PhoneHashes(int Count, ulong First, ulong Second)
{
    private const int Kept = 2;

    /// <summary>A record's numbers: read by index, as a record's are hashed for every record of the night.</summary>
    public static PhoneHashes Of(string[] phones) => new(
        phones.Length,
        phones.Length > 0 ? BlockingKeyHash.Of(phones[0]) : 0,
        phones.Length > 1 ? BlockingKeyHash.Of(phones[1]) : 0);

    public static PhoneHashes Of(HashSet<string> phones)
    {
        ulong first = 0, second = 0;
        var at = 0;
        foreach (var phone in phones)
        {
            if (at == 0)
            {
                first = BlockingKeyHash.Of(phone);
            }
            else if (at == 1)
            {
                second = BlockingKeyHash.Of(phone);
            }
            else
            {
                break;
            }

            at++;
        }

        return new PhoneHashes(phones.Count, first, second);
    }

    /// <summary>True when the two sides certainly share no number; false when they may (or one gives more than two).</summary>
    public bool ShareNone(in PhoneHashes other) =>
        Count <= Kept && other.Count <= Kept && !other.Has(First) && (Count < 2 || !other.Has(Second));

    private bool Has(ulong hash) => (Count >= 1 && First == hash) || (Count >= 2 && Second == hash);
}
