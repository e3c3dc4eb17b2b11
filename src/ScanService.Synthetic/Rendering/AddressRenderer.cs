using System.Globalization;
using ScanService.Synthetic.Places;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Rendering;

/// <summary>An address as one record writes it: the address column and the postcode column.</summary>
internal readonly record struct RenderedAddress(string Address, string Postcode);

/// <summary>
/// Writes premises the many ways partners do: Flat 3, 12 Oldham Rd / 3/12 Oldham Road / 12 Oldham Road Flat 3,
/// with or without the town or business name, in capitals, on several lines, the postcode in any case or spacing,
/// inside the address text, or missing (then the town is always given, so the premises can still be found).
/// </summary>
internal static class AddressRenderer
{
    /// <param name="mayDropFlat">
    /// Whether the flat may be left out. Only true links leave it out: "12 Oldham Road" for someone in another
    /// flat of the subject's building would be a link by any premises rule and not by the truth, which no
    /// matcher could ever tell apart.
    /// </param>
    public static RenderedAddress Render(Premises premises, string? business, AddressSpace space, AddressStyle style, bool mayDropFlat, Random random, MessTally? tally)
    {
        var street = space.StreetOf(premises);
        var postcode = space.Postcode(premises);
        var parts = new List<string>(4);
        if (business is not null && random.Chance(style.BusinessPrefix))
        {
            parts.Add(business);
            tally?.Add(MessKind.BusinessNameInAddress);
        }

        var streetName = street.Name;
        if (street.Type.Abbreviations.Length > 0 && random.Chance(style.Abbreviate))
        {
            streetName = $"{street.Prefix} {random.Pick(street.Type.Abbreviations)}";
            tally?.Add(MessKind.StreetAbbreviated);
        }

        parts.AddRange(Building(premises, streetName, mayDropFlat ? style.FlatDropped : 0, random, tally));

        var column = random.Chance(style.Postcode);
        var inText = !column && random.Chance(style.PostcodeInText);
        var townShown = (!column && !inText) || random.Chance(style.TownShown);
        if (!column && !inText)
        {
            tally?.Add(MessKind.PostcodeMissing);
        }

        if (townShown)
        {
            parts.Add(space.TownOf(premises).Name);
        }
        else
        {
            tally?.Add(MessKind.TownMissing);
        }

        var written = inText ? Odd(postcode, style, random, tally) : string.Empty;
        if (inText)
        {
            tally?.Add(MessKind.PostcodeInAddressText);
            parts[^1] = parts[^1] + " " + written;
        }

        var multiLine = random.Chance(style.MultiLine);
        if (multiLine)
        {
            tally?.Add(MessKind.MultiLineAddress);
        }

        var address = string.Join(multiLine ? "\n" : ", ", parts);
        if (random.Chance(style.Upper))
        {
            address = address.ToUpperInvariant();
            tally?.Add(MessKind.AddressUpperCase);
        }

        return new RenderedAddress(address, column ? Odd(postcode, style, random, tally) : string.Empty);
    }

    private static IEnumerable<string> Building(Premises premises, string streetName, double flatDropped, Random random, MessTally? tally)
    {
        var number = premises.Number.ToString(CultureInfo.InvariantCulture);
        var numberAndStreet = random.Chance(0.05) ? $"{number}, {streetName}" : $"{number} {streetName}";
        if (!premises.HasFlat)
        {
            return [numberAndStreet];
        }

        if (random.Chance(flatDropped))
        {
            tally?.Add(MessKind.FlatDropped);
            return [numberAndStreet];
        }

        var flat = premises.Flat.ToString(CultureInfo.InvariantCulture);
        var roll = random.NextDouble();
        if (roll < 0.15)
        {
            tally?.Add(MessKind.FlatSlashForm);
            return [$"{flat}/{number} {streetName}"];
        }

        if (roll < 0.27)
        {
            tally?.Add(MessKind.FlatAfterStreet);
            return [$"{number} {streetName} Flat {flat}"];
        }

        return roll switch
        {
            < 0.37 => [$"Flat {flat} {numberAndStreet}"],
            < 0.43 => [$"Apartment {flat}", numberAndStreet],
            < 0.47 => [$"Flat{flat}", numberAndStreet],
            < 0.51 => [$"Apt {flat}", numberAndStreet],
            < 0.55 => [$"Room {flat}", numberAndStreet],
            _ => [$"Flat {flat}", numberAndStreet],
        };
    }

    /// <summary>The postcode as typed: sometimes in lower case, without its space, or with two.</summary>
    private static string Odd(string postcode, AddressStyle style, Random random, MessTally? tally)
    {
        if (!random.Chance(style.PostcodeOdd))
        {
            return postcode;
        }

        tally?.Add(MessKind.PostcodeCaseOrSpacing);
        return random.Next(4) switch
        {
            0 => postcode.ToLowerInvariant(),
            1 => postcode.Replace(" ", string.Empty, StringComparison.Ordinal),
            2 => postcode.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
            _ => postcode.Replace(" ", "  ", StringComparison.Ordinal),
        };
    }
}
