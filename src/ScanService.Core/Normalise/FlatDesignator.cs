using System.Diagnostics.CodeAnalysis;

namespace ScanService.Normalise;

/// <summary>A flat (or room, apartment, unit) found in an address; <see cref="IsUnit"/> when written "Unit".</summary>
internal sealed record FlatDesignator(string Id, bool IsUnit)
{
    private static readonly string[] Keywords = ["flat", "flt", "apartment", "apt", "room", "rm", "unit"];

    private static readonly LeadingLetters Leading = new(Keywords);

    /// <summary>
    /// Finds and removes the first "Flat 3" (any keyword, anywhere: "12 Oldham Road Flat 3" too), else a
    /// leading "3/12" which is flat 3 at number 12. A "2/1" followed by a house number is a flat position
    /// (Scottish tenements) and stays whole.
    /// </summary>
    public static FlatDesignator? Remove(List<List<string>> parts) => RemoveKeyword(parts) ?? RemoveSlashed(parts);

    private static FlatDesignator? RemoveKeyword(List<List<string>> parts)
    {
        foreach (var words in parts)
        {
            for (int i = 0; i < words.Count; i++)
            {
                // Neither written against its number nor alone can a word be a keyword if its first letter starts none.
                if (Leading.RulesOut(words[i]))
                {
                    continue;
                }

                // "Flat8," first: folding drops digits, so the bare keyword test would take the house number
                // that follows for the flat.
                var word = TrimEndPunctuation(words[i]);
                if (TryAttached(word, out var attached))
                {
                    words.RemoveAt(i);
                    return attached;
                }

                string keyword = AddressWords.Fold(word);
                if (Array.IndexOf(Keywords, keyword) < 0 || word.Any(char.IsAsciiDigit))
                {
                    continue;
                }

                int idAt = i + 1 < words.Count && AddressWords.Fold(words[i + 1]) is "no" or "number" ? i + 2 : i + 1;
                if (idAt < words.Count && TryId(words[idAt], out string? id))
                {
                    words.RemoveRange(i, idAt - i + 1);
                    return new FlatDesignator(id, keyword == "unit");
                }
            }
        }

        return null;
    }

    /// <summary>The word without trailing commas, semicolons and dots; the same string when it has none.</summary>
    /// <remarks>Every word of every address passes here: <c>TrimEnd(',', ';', '.')</c> made a char array per call.</remarks>
    private static string TrimEndPunctuation(string word)
    {
        var trimmed = word.AsSpan().TrimEnd(",;.");
        return trimmed.Length == word.Length ? word : trimmed.ToString();
    }

    /// <summary>"Flat3", "Apt12B": the keyword written against its number.</summary>
    private static bool TryAttached(string word, [NotNullWhen(true)] out FlatDesignator? flat)
    {
        flat = null;
        foreach (string keyword in Keywords)
        {
            if (word.Length > keyword.Length && word.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
                && char.IsAsciiDigit(word[keyword.Length]) && TryId(word[keyword.Length..], out string? id))
            {
                flat = new FlatDesignator(id, keyword == "unit");
                return true;
            }
        }

        return false;
    }

    private static FlatDesignator? RemoveSlashed(List<List<string>> parts)
    {
        foreach (var words in parts)
        {
            if (words.Count < 2 || !IsSlashed(words[0], out int slash))
            {
                continue;
            }

            if (AddressTokens.TryHouseNumber(words[1], out _))
            {
                var position = new FlatDesignator(words[0].ToLowerInvariant(), IsUnit: false);
                words.RemoveAt(0);
                return position;
            }

            if (AddressTokens.TryHouseNumber(words[0][(slash + 1)..], out string number))
            {
                var flat = new FlatDesignator(words[0][..slash].ToLowerInvariant(), IsUnit: false);
                words[0] = number;
                return flat;
            }
        }

        return null;
    }

    private static bool IsSlashed(string word, out int slash)
    {
        slash = word.IndexOf('/');
        // A digit is required so that "c/o" (care of) is not read as a flat.
        if (slash is < 1 or > 4 || slash == word.Length - 1 || !AsciiDigits.Any(word))
        {
            return false;
        }

        foreach (char c in word.AsSpan(0, slash))
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A flat id: letters and digits (3, 3A, G1, A) with '/' or '-' inside (2/1, 1-2), at most 8 long.</summary>
    private static bool TryId(string word, [NotNullWhen(true)] out string? id)
    {
        id = null;
        var text = word.AsSpan().Trim(".,:#");
        if (text.IsEmpty || text.Length > 8 || !char.IsAsciiLetterOrDigit(text[0]) || !char.IsAsciiLetterOrDigit(text[^1]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('/' or '-'))
            {
                return false;
            }
        }

        // A word without digits is an id only when short (Flat A, Flat GF); "Flat Road" is not a flat.
        if (!AsciiDigits.Any(text) && text.Length > 2)
        {
            return false;
        }

        id = text.ToString().ToLowerInvariant();
        return true;
    }
}
