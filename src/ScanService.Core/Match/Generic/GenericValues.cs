using ScanService.History;
using ScanService.Model;

namespace ScanService.Match.Generic;

/// <summary>
/// Tonight's generic phones and premises. <see cref="Strip"/> gives the records matching sees: without those values,
/// so a hostel's address or a charity's phone neither adds to a person's score nor raises a phone or premises link.
/// Pattern and compliance rules still see the records as given (a crowded address is exactly what they look for).
/// </summary>
public sealed class GenericValues
{
    public static readonly GenericValues None = new(new HashSet<string>(), new HashSet<string>(), []);

    // Records per slice when stripping in parallel: large enough that a slice's overhead is nothing.
    private const int SliceSize = 16_384;

    private readonly IReadOnlySet<string> _phones;
    private readonly HashSet<string> _premises;

    // Looked up from the premises text written in a buffer: a million records are checked, and few are generic.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _premisesByText;

    public GenericValues(IReadOnlySet<string> phones, IReadOnlySet<string> premises, IReadOnlyList<GenericValue> listed)
    {
        _phones = phones;
        _premises = new HashSet<string>(premises, StringComparer.Ordinal);
        _premisesByText = _premises.GetAlternateLookup<ReadOnlySpan<char>>();
        Listed = listed;
    }

    /// <summary>For the digest: every value taken out, most people first.</summary>
    public IReadOnlyList<GenericValue> Listed { get; }

    public bool IsGenericPhone(string e164) => _phones.Contains(e164);

    public bool IsGenericPremises(ParsedAddress address) =>
        _premises.Count > 0 && PremisesKeyText.TryWrite(address, out var text) && _premisesByText.Contains(text);

    public IReadOnlyList<PersonRecord> Strip(IReadOnlyList<PersonRecord> records)
    {
        if (_phones.Count == 0 && _premises.Count == 0)
        {
            return records;
        }

        // Each record is looked at on its own: a national night's million are shared out over the cores.
        var stripped = new PersonRecord[records.Count];
        Parallel.For(0, (records.Count + SliceSize - 1) / SliceSize, slice =>
        {
            for (var i = slice * SliceSize; i < Math.Min(records.Count, (slice + 1) * SliceSize); i++)
            {
                stripped[i] = Strip(records[i]);
            }
        });

        return stripped;
    }

    private PersonRecord Strip(PersonRecord record)
    {
        var genericPhone = false;
        foreach (var phone in _phones.Count > 0 ? record.Phones : [])
        {
            genericPhone |= _phones.Contains(phone);
        }

        var genericPremises = IsGenericPremises(record.Address);
        return genericPhone || genericPremises
            ? record.WithContact(genericPhone ? [.. record.Phones.Where(p => !_phones.Contains(p))] : record.Phones,
                genericPremises ? ParsedAddress.Empty : record.Address)
            : record;
    }
}
