namespace ScanService.Normalise;

/// <summary>The premises part of an address once postcode and flat are out, still as raw words.</summary>
/// <remarks>
/// A value whose word lists may be the thread's scratch lists (see <see cref="StreetLocator"/>): read it before the
/// thread locates another address.
/// </remarks>
internal readonly record struct PremisesWords(
    string? Number,
    IReadOnlyList<string> BuildingName,
    IReadOnlyList<string> Street,
    int StreetTypeIndex,
    IReadOnlyList<string> Town);

/// <summary>
/// Finds the house number, street, building name and town among the comma parts of an address.
/// </summary>
/// <remarks>
/// The street is the words after the first house number, up to and including their street-type word
/// (Road, Rd, Close …); without a house number it is the last part with a street type ("Rose Cottage, Mill
/// Lane, Bradford"). Words or parts before the street are the building name. The town is what follows the
/// street-type word in its own part, else the last part after the street that holds no digits. With no street
/// at all, the last of several parts is the town and the others the building name; a single part is a building
/// name.
/// </remarks>
internal static class StreetLocator
{
    // Slices of the parts (building words, the street region, the street, the town) are copied into the thread's own
    // lists rather than new ones: the parser folds them into strings before it returns, and a night's million
    // addresses each made one to three lists here.
    [ThreadStatic]
    private static List<string>[]? _slices;

    private const int BuildingSlice = 0, RegionSlice = 1, StreetSlice = 2, TownSlice = 3;

    public static PremisesWords Locate(List<List<string>> parts)
    {
        if (TryFindNumber(parts, out int partIndex, out int numberIndex, out string? number))
        {
            var part = parts[partIndex];
            var building = WordsBefore(parts, partIndex, numberIndex);
            bool numberAlone = numberIndex == part.Count - 1;
            int streetPart = numberAlone ? partIndex + 1 : partIndex;
            var region = numberAlone
                ? (streetPart < parts.Count ? parts[streetPart] : [])
                : Slice(RegionSlice, part, numberIndex + 1, part.Count - numberIndex - 1);
            return Build(parts, streetPart, region, number, building);
        }

        int typed = FindTypedPart(parts);
        if (typed >= 0)
        {
            return Build(parts, typed, parts[typed], number: null, WordsBefore(parts, typed, 0));
        }

        return parts.Count switch
        {
            0 => new PremisesWords(null, [], [], -1, []),
            1 when parts[0].Count == 1 && AddressTokens.TryHouseNumber(parts[0][0], out string alone) =>
                new PremisesWords(alone, [], [], -1, []),
            1 => new PremisesWords(null, parts[0], [], -1, []),
            _ => new PremisesWords(null, WordsBefore(parts, parts.Count - 1, 0), [], -1, parts[^1]),
        };
    }

    private static PremisesWords Build(List<List<string>> parts, int streetPart, List<string> region, string? number, IReadOnlyList<string> building)
    {
        int typeIndex = FindStreetType(region);
        int streetEnd = typeIndex < 0 ? region.Count : typeIndex + 1;
        while (typeIndex >= 0 && streetEnd < region.Count && StreetTypes.IsDirection(AddressWords.Fold(region[streetEnd])))
        {
            streetEnd++;
        }

        // Whole parts are handed on as they are, not copied: nothing changes the parts once they are located.
        IReadOnlyList<string> street = streetEnd == region.Count ? region : Slice(StreetSlice, region, 0, streetEnd);
        IReadOnlyList<string> town = streetEnd < region.Count
            ? Slice(TownSlice, region, streetEnd, region.Count - streetEnd)
            : LastPlainPartAfter(parts, streetPart);

        return new PremisesWords(number, building, street, typeIndex, town);
    }

    /// <summary>The first house number followed by a word in its part, or standing alone before another part.</summary>
    private static bool TryFindNumber(List<List<string>> parts, out int partIndex, out int wordIndex, out string? number)
    {
        for (partIndex = 0; partIndex < parts.Count; partIndex++)
        {
            var words = parts[partIndex];
            for (wordIndex = 0; wordIndex < words.Count; wordIndex++)
            {
                bool followed = wordIndex + 1 < words.Count || (words.Count == 1 && partIndex + 1 < parts.Count);
                if (followed && AddressTokens.TryHouseNumber(words[wordIndex], out string found))
                {
                    number = found;
                    return true;
                }
            }
        }

        wordIndex = -1;
        number = null;
        return false;
    }

    /// <summary>
    /// The index of the street-type word: the first strong one after the first word (so "Court Road" ends at
    /// Road), skipping "St" when another type follows ("St Mary's Road"); else the last weak one.
    /// </summary>
    internal static int FindStreetType(IReadOnlyList<string> words)
    {
        int weak = -1;
        for (int i = 1; i < words.Count; i++)
        {
            string folded = AddressWords.Fold(words[i]);
            var strength = StreetTypes.StrengthOf(folded);
            if (strength == StreetTypeStrength.Strong && !(folded == "st" && HasStrongTypeAfter(words, i)))
            {
                return i;
            }

            if (strength == StreetTypeStrength.Weak)
            {
                weak = i;
            }
        }

        return weak;
    }

    private static bool HasStrongTypeAfter(IReadOnlyList<string> words, int index)
    {
        for (int i = index + 1; i < words.Count; i++)
        {
            string folded = AddressWords.Fold(words[i]);
            if (folded != "st" && StreetTypes.StrengthOf(folded) == StreetTypeStrength.Strong)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last part holding a street type; a weak type (Hill, Park) does not count in the final part, which is
    /// more likely a town or district (Forest Hill).
    /// </summary>
    private static int FindTypedPart(List<List<string>> parts)
    {
        int strong = -1;
        int weak = -1;
        for (int p = 0; p < parts.Count; p++)
        {
            int typeIndex = FindStreetType(parts[p]);
            if (typeIndex < 0)
            {
                continue;
            }

            if (StreetTypes.StrengthOf(AddressWords.Fold(parts[p][typeIndex])) == StreetTypeStrength.Strong)
            {
                strong = p;
            }
            else if (p < parts.Count - 1 || parts.Count == 1)
            {
                weak = p;
            }
        }

        return strong >= 0 ? strong : weak;
    }

    private static List<string> LastPlainPartAfter(List<List<string>> parts, int streetPart)
    {
        for (int p = parts.Count - 1; p > streetPart; p--)
        {
            if (!AddressTokens.HasDigit(parts[p]))
            {
                return parts[p];
            }
        }

        return [];
    }

    /// <summary>The words of the parts before <paramref name="partIndex"/> and the first <paramref name="wordCount"/> words of that part.</summary>
    private static IReadOnlyList<string> WordsBefore(List<List<string>> parts, int partIndex, int wordCount)
    {
        int count = wordCount;
        for (int p = 0; p < partIndex; p++)
        {
            count += parts[p].Count;
        }

        if (count == 0)
        {
            return [];
        }

        var words = Slice(BuildingSlice);
        for (int p = 0; p < partIndex; p++)
        {
            words.AddRange(parts[p]);
        }

        for (int w = 0; w < wordCount; w++)
        {
            words.Add(parts[partIndex][w]);
        }

        return words;
    }

    /// <summary>The thread's list for one kind of slice, emptied.</summary>
    private static List<string> Slice(int slice)
    {
        var lists = _slices ??= [new(4), new(4), new(4), new(4)];
        var list = lists[slice];
        list.Clear();
        return list;
    }

    /// <summary><c>source.GetRange(start, count)</c> into the thread's list for that kind of slice.</summary>
    private static List<string> Slice(int slice, List<string> source, int start, int count)
    {
        var list = Slice(slice);
        for (var i = start; i < start + count; i++)
        {
            list.Add(source[i]);
        }

        return list;
    }
}
