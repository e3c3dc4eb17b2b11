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

    private readonly IReadOnlySet<string> _phones;
    private readonly IReadOnlySet<string> _premises;

    public GenericValues(IReadOnlySet<string> phones, IReadOnlySet<string> premises, IReadOnlyList<GenericValue> listed)
    {
        _phones = phones;
        _premises = premises;
        Listed = listed;
    }

    /// <summary>For the digest: every value taken out, most people first.</summary>
    public IReadOnlyList<GenericValue> Listed { get; }

    public bool IsGenericPhone(string e164) => _phones.Contains(e164);

    public bool IsGenericPremises(ParsedAddress address) => RecordKeys.PremisesText(address) is { } key && _premises.Contains(key);

    public IReadOnlyList<PersonRecord> Strip(IReadOnlyList<PersonRecord> records)
    {
        if (_phones.Count == 0 && _premises.Count == 0)
        {
            return records;
        }

        var stripped = new PersonRecord[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var genericPhone = record.Phones.Any(_phones.Contains);
            var genericPremises = IsGenericPremises(record.Address);
            stripped[i] = genericPhone || genericPremises
                ? record.WithContact(genericPhone ? [.. record.Phones.Where(p => !_phones.Contains(p))] : record.Phones,
                    genericPremises ? ParsedAddress.Empty : record.Address)
                : record;
        }

        return stripped;
    }
}
