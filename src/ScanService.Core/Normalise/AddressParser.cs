using ScanService.Model;

namespace ScanService.Normalise;

/// <summary>Parses a free-text UK address into comparable premises parts.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Parts are separated by commas, semicolons or line breaks; every part is folded like names (lower case,
/// no diacritics, punctuation dropped) but keeps digits.</item>
/// <item>A UK postcode written in the text (last one, one or two words) is taken out; it is the postcode when
/// <c>canonicalPostcode</c> is null.</item>
/// <item>Flat: "Flat/Flt/Apartment/Apt/Room/Rm/Unit 3" anywhere, or a leading "3/12" (flat 3 at number 12).
/// "Unit 4" is a flat when the address also has a house number; without one ("Unit 4, Phoenix Industrial
/// Estate") it names the building, giving building name "unit 4".</item>
/// <item>Number: 12, 12a, 12-14 as written (lower case). Street: see <see cref="StreetLocator"/>; its street type is
/// expanded (Rd → road, St → street) and any other "St" is "saint" (St Mary's Road → saint marys road).</item>
/// <item>Placeholders ("NFA", "No fixed abode", "Unknown", "N/A") give no premises, only the postcode.</item>
/// </list>
/// </remarks>
public static class AddressParser
{
    /// <param name="address">The free-text address column.</param>
    /// <param name="canonicalPostcode">
    /// The postcode column already passed through <see cref="PostcodeNormaliser"/>, or null when it was empty or
    /// invalid; used as given.
    /// </param>
    public static ParsedAddress Parse(string? address, string? canonicalPostcode) => Parse(address, canonicalPostcode, UnsharedValues.Instance);

    /// <summary>The same, with the premises from <paramref name="sharing"/>: repeated premises are found, not made again.</summary>
    internal static ParsedAddress Parse(string? address, string? canonicalPostcode, IValueSharing sharing)
    {
        string? postcode = string.IsNullOrWhiteSpace(canonicalPostcode) ? null : canonicalPostcode.Trim();
        if (string.IsNullOrWhiteSpace(address))
        {
            return OnlyPostcode(postcode, sharing);
        }

        var parts = AddressTokens.Split(address);
        // Removed even when the postcode column is given, so that it is not read as part of the town.
        string? inText = AddressPostcode.Remove(parts, sharing);
        postcode ??= inText;
        if (AddressPlaceholders.IsPlaceholder(parts))
        {
            return OnlyPostcode(postcode, sharing);
        }

        var flat = FlatDesignator.Remove(parts);
        parts.RemoveAll(p => p.Count == 0);
        var premises = StreetLocator.Locate(parts);

        string? flatId = flat?.Id;
        string? buildingName = AddressTokens.FoldPlace(premises.BuildingName);
        if (flat is { IsUnit: true } && premises.Number is null)
        {
            flatId = null;
            buildingName = buildingName is null ? $"unit {flat.Id}" : $"unit {flat.Id} {buildingName}";
        }

        return sharing.Address(
            flatId,
            premises.Number,
            buildingName,
            FoldStreet(premises.Street, premises.StreetTypeIndex),
            AddressTokens.FoldPlace(premises.Town),
            postcode);
    }

    private static ParsedAddress OnlyPostcode(string? postcode, IValueSharing sharing) =>
        postcode is null ? ParsedAddress.Empty : sharing.Address(null, null, null, null, null, postcode);

    private static string? FoldStreet(IReadOnlyList<string> words, int typeIndex)
    {
        var tokens = new FoldedTokens();
        for (int i = 0; i < words.Count; i++)
        {
            string folded = AddressWords.Fold(words[i], keepDigits: true);
            if (folded.Length == 0)
            {
                continue;
            }

            if (i == typeIndex)
            {
                tokens.Add(StreetTypes.Expand(folded));
            }
            else if (i > typeIndex && typeIndex >= 0)
            {
                tokens.Add(StreetTypes.ExpandDirection(folded));
            }
            else
            {
                tokens.AddPlaceTokens(folded);
            }
        }

        return tokens.ToShared();
    }
}
