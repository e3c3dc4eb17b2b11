namespace ScanService.Normalise;

/// <summary>Finds a UK postcode written inside an address and takes it out of the words.</summary>
internal static class AddressPostcode
{
    /// <summary>
    /// Looks from the end of the address, where postcodes are written, for one word (M88EP) or two words
    /// (M8 8EP) that make a valid postcode; removes the last one found.
    /// </summary>
    /// <returns>The canonical postcode, or null when the address holds none.</returns>
    public static string? Remove(List<List<string>> parts, IValueSharing sharing)
    {
        for (int p = parts.Count - 1; p >= 0; p--)
        {
            var words = parts[p];
            for (int i = words.Count - 1; i >= 0; i--)
            {
                // The inward code is a digit and two letters: a word whose third character from the end is not a digit
                // ("Road", "Oldham") cannot end a postcode, and is not normalised to find out.
                if (!char.IsAsciiDigit(words[i][^Math.Min(3, words[i].Length)]))
                {
                    continue;
                }

                if (i > 0 && words[i].Length == 3 && words[i - 1].Length is >= 2 and <= 4
                    && TryPair(words[i - 1], words[i], sharing, out string? pair))
                {
                    words.RemoveRange(i - 1, 2);
                    return pair;
                }

                if (words[i].Length is >= 5 and <= 7 && TryPostcode(words[i], sharing, out string? single))
                {
                    words.RemoveAt(i);
                    return single;
                }
            }
        }

        return null;
    }

    // Joined on the stack: most word pairs tried ("Walsall Way") are not postcodes, and each was a string.
    private static bool TryPair(string outward, string inward, IValueSharing sharing, out string? postcode)
    {
        Span<char> joined = stackalloc char[outward.Length + inward.Length];
        outward.CopyTo(joined);
        inward.CopyTo(joined[outward.Length..]);
        return TryPostcode(joined, sharing, out postcode);
    }

    private static bool TryPostcode(ReadOnlySpan<char> text, IValueSharing sharing, out string? postcode)
    {
        var result = PostcodeNormaliser.Normalise(text, sharing);
        postcode = result.Success ? result.Value : null;
        return result.Success;
    }
}
