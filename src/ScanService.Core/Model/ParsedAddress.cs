namespace ScanService.Model;

/// <summary>
/// Premises parsed from a free-text address. Every part is folded (lower case, street types expanded) so that
/// two spellings of one place compare equal; a part the text did not give is null.
/// </summary>
public sealed record ParsedAddress(
    string? Flat,
    string? Number,
    string? BuildingName,
    string? Street,
    string? Town,
    string? Postcode)
{
    public static readonly ParsedAddress Empty = new(null, null, null, null, null, null);

    public bool IsEmpty => Flat is null && Number is null && BuildingName is null && Street is null && Town is null && Postcode is null;

    /// <summary>The building: its number, or its name when it has no number.</summary>
    public string? Building => Number ?? BuildingName;
}
