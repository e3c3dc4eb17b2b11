namespace ScanService.Normalise;

/// <summary>
/// Fast lookup from a non-ASCII character to the lower-case ASCII letters it folds to. An empty string means the
/// character is dropped without splitting the word (accents, apostrophes, zero-width marks); a single space means
/// it separates words.
/// </summary>
/// <remarks>
/// The service runs with invariant globalization, where <see cref="string.Normalize()"/> does not decompose
/// non-ASCII text, so the decompositions are tabulated here instead. The tables were derived from the Unicode
/// data: the base letters of each character's compatibility decomposition, else the letter its Unicode name is
/// built on, with explicit choices for letters that have neither (ł→l, đ→d, ø→o, æ→ae, ß→ss, ı→i, ə→e, þ→th).
/// Cyrillic follows the ICAO 9303 passport transliteration, because the Latin spelling partners hold for a
/// Cyrillic name is usually the one printed in the passport.
/// </remarks>
internal static class DiacriticFolding
{
    /// <summary>The longest folding in the tables (щ → "shch"); output buffers are sized by it.</summary>
    public const int MaxExpansion = 4;

    private const string Drop = "";
    private const string Separator = " ";

    private static readonly string[] FullwidthLetters =
        ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"];

    /// <summary>Folds one character outside ASCII. Never fails: unknown letters and symbols separate words.</summary>
    public static string Fold(char c) => c switch
    {
        // Soft hyphen, acute accent and the apostrophe look-alikes are written inside one word (O’Brien, D´Souza).
        '\u00AD' or '\u00B4' or '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u02BB' or '\u02B9' or '\u2032' => Drop,
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => Drop,
        >= '\u00C0' and <= '\u024F' => Latin[c - '\u00C0'],
        >= '\u1E00' and <= '\u1EFF' => LatinExtendedAdditional[c - '\u1E00'],
        >= '\u0400' and <= '\u045F' => Cyrillic[c - '\u0400'],
        >= '\uFF21' and <= '\uFF3A' => FullwidthLetters[c - '\uFF21'],
        >= '\uFF41' and <= '\uFF5A' => FullwidthLetters[c - '\uFF41'],
        _ when IsCombiningMark(c) => Drop,
        _ => Separator,
    };

    /// <summary>Decomposed input (e + U+0302 + U+0303) carries its accents as separate marks; they go.</summary>
    private static bool IsCombiningMark(char c) =>
        c is (>= '\u0300' and <= '\u036F') or (>= '\u1AB0' and <= '\u1AFF') or (>= '\u1DC0' and <= '\u1DFF')
            or (>= '\u20D0' and <= '\u20FF') or (>= '\uFE20' and <= '\uFE2F');

    private static readonly string[] Latin =
    [
        /* 00C0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        /* 00D0 */ "d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "ss",
        /* 00E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        /* 00F0 */ "d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "y",
        /* 0100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        /* 0110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        /* 0120 */ "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        /* 0130 */ "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        /* 0140 */ "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "ng", "ng", "o", "o", "o", "o",
        /* 0150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        /* 0160 */ "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        /* 0170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
        /* 0180 */ "b", "b", "b", "b", "", "", "o", "c", "c", "d", "d", "d", "d", "d", "e", "e",
        /* 0190 */ "e", "f", "f", "g", "g", "hv", "i", "i", "k", "k", "l", "l", "m", "n", "n", "o",
        /* 01A0 */ "o", "o", "oi", "oi", "p", "p", "r", "s", "s", "s", "s", "t", "t", "t", "t", "u",
        /* 01B0 */ "u", "u", "v", "y", "y", "z", "z", "z", "z", "z", "z", "", "", "", "", "w",
        /* 01C0 */ "", "", "", "", "dz", "dz", "dz", "lj", "lj", "lj", "nj", "nj", "nj", "a", "a", "i",
        /* 01D0 */ "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "e", "a", "a",
        /* 01E0 */ "a", "a", "ae", "ae", "g", "g", "g", "g", "k", "k", "o", "o", "o", "o", "z", "z",
        /* 01F0 */ "j", "dz", "dz", "dz", "g", "g", "hv", "w", "n", "n", "a", "a", "ae", "ae", "o", "o",
        /* 0200 */ "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",
        /* 0210 */ "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", "y", "y", "h", "h",
        /* 0220 */ "n", "d", "ou", "ou", "z", "z", "a", "a", "e", "e", "o", "o", "o", "o", "o", "o",
        /* 0230 */ "o", "o", "y", "y", "l", "n", "t", "j", "db", "qp", "a", "c", "c", "l", "t", "s",
        /* 0240 */ "z", "", "", "b", "u", "v", "e", "e", "j", "j", "q", "q", "r", "r", "y", "y",
    ];

    private static readonly string[] LatinExtendedAdditional =
    [
        /* 1E00 */ "a", "a", "b", "b", "b", "b", "b", "b", "c", "c", "d", "d", "d", "d", "d", "d",
        /* 1E10 */ "d", "d", "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "f", "f",
        /* 1E20 */ "g", "g", "h", "h", "h", "h", "h", "h", "h", "h", "h", "h", "i", "i", "i", "i",
        /* 1E30 */ "k", "k", "k", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", "l", "m", "m",
        /* 1E40 */ "m", "m", "m", "m", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
        /* 1E50 */ "o", "o", "o", "o", "p", "p", "p", "p", "r", "r", "r", "r", "r", "r", "r", "r",
        /* 1E60 */ "s", "s", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t", "t", "t", "t", "t",
        /* 1E70 */ "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "v", "v", "v", "v",
        /* 1E80 */ "w", "w", "w", "w", "w", "w", "w", "w", "w", "w", "x", "x", "x", "x", "y", "y",
        /* 1E90 */ "z", "z", "z", "z", "z", "z", "h", "t", "w", "y", "a", "s", "s", "s", "ss", "d",
        /* 1EA0 */ "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a",
        /* 1EB0 */ "a", "a", "a", "a", "a", "a", "a", "a", "e", "e", "e", "e", "e", "e", "e", "e",
        /* 1EC0 */ "e", "e", "e", "e", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",
        /* 1ED0 */ "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o",
        /* 1EE0 */ "o", "o", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u",
        /* 1EF0 */ "u", "u", "y", "y", "y", "y", "y", "y", "y", "y", "ll", "ll", "v", "v", "y", "y",
    ];

    private static readonly string[] Cyrillic =
    [
        /* 0400 */ "e", "e", "d", "g", "ie", "dz", "i", "i", "j", "lj", "nj", "c", "k", "i", "u", "dz",
        /* 0410 */ "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
        /* 0420 */ "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia",
        /* 0430 */ "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
        /* 0440 */ "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia",
        /* 0450 */ "e", "e", "d", "g", "ie", "dz", "i", "i", "j", "lj", "nj", "c", "k", "i", "u", "dz",
    ];
}
