using ScanService.Model;

namespace ScanService.Normalise;

/// <summary>
/// Where the normalisers get the strings, names and premises they hand out. Ingest passes its per-file pool, which
/// finds a repeated value by its characters or parts and hands out the instance it already holds, so that a repeated
/// value is never made again; on their own the normalisers make each value new (<see cref="UnsharedValues"/>).
/// </summary>
internal interface IValueSharing
{
    /// <summary>A string with the characters of <paramref name="text"/>, which is not empty.</summary>
    string Token(ReadOnlySpan<char> text);

    /// <summary>A name with these tokens; <see cref="PersonName.Empty"/> when both are empty. The spans are not kept.</summary>
    PersonName Name(ReadOnlySpan<string> forenames, ReadOnlySpan<string> surnames);

    /// <summary>Premises with these parts; <see cref="ParsedAddress.Empty"/> when every part is null.</summary>
    ParsedAddress Address(string? flat, string? number, string? buildingName, string? street, string? town, string? postcode);
}

/// <summary>Every value made new: what the normalisers use when no pool is given.</summary>
internal sealed class UnsharedValues : IValueSharing
{
    public static readonly UnsharedValues Instance = new();

    private UnsharedValues()
    {
    }

    public string Token(ReadOnlySpan<char> text) => text.ToString();

    public PersonName Name(ReadOnlySpan<string> forenames, ReadOnlySpan<string> surnames) =>
        forenames.IsEmpty && surnames.IsEmpty ? PersonName.Empty : new PersonName(forenames.ToArray(), surnames.ToArray());

    public ParsedAddress Address(string? flat, string? number, string? buildingName, string? street, string? town, string? postcode)
    {
        var address = new ParsedAddress(flat, number, buildingName, street, town, postcode);
        return address.IsEmpty ? ParsedAddress.Empty : address;
    }
}
