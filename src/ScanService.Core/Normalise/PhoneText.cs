using System.Buffers;

namespace ScanService.Normalise;

/// <summary>Strips what people write around a phone number before its digits are read.</summary>
internal static class PhoneText
{
    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly string[] ExtensionWords = ["extension", "extn", "ext", "x"];

    /// <summary>
    /// Removes a spreadsheet's leading apostrophe ('07700…, typed to keep the zero), a label ending in a colon
    /// ("Mob:", "Tel.:"), a label in brackets at the end ("(mobile)") and a trailing extension ("ext 12", "x12",
    /// "extn. 12").
    /// </summary>
    public static ReadOnlySpan<char> StripDecorations(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (!text.IsEmpty && text[0] == '\'')
        {
            text = text[1..].TrimStart();
        }

        int colon = text.IndexOf(':');
        if (colon > 0 && IsLabel(text[..colon]))
        {
            text = text[(colon + 1)..].TrimStart();
        }

        return StripExtension(StripBracketedLabel(text));
    }

    private static ReadOnlySpan<char> StripBracketedLabel(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[^1] != ')')
        {
            return text;
        }

        int open = text.LastIndexOf('(');
        return open > 0 && text[(open + 1)..^1].Trim().Length > 0 && IsLabel(text[(open + 1)..^1])
            ? text[..open].TrimEnd()
            : text;
    }

    private static bool IsLabel(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsLetter(c) && c is not (' ' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An extension is not part of the E.164 number and the main number is what links records, so it is dropped
    /// rather than refusing the whole number.
    /// </summary>
    private static ReadOnlySpan<char> StripExtension(ReadOnlySpan<char> text)
    {
        int letter = text.IndexOfAny(AsciiLetters);
        if (letter <= 0 || !AsciiDigits.Any(text[..letter]))
        {
            return text;
        }

        var tail = text[letter..];
        foreach (string word in ExtensionWords)
        {
            if (tail.StartsWith(word, StringComparison.OrdinalIgnoreCase) && IsExtensionNumber(tail[word.Length..]))
            {
                return text[..letter].TrimEnd();
            }
        }

        return text;
    }

    private static bool IsExtensionNumber(ReadOnlySpan<char> text)
    {
        text = text.TrimStart(" .:#").Trim();
        return AsciiDigits.AreAll(text);
    }
}
