using System.Buffers;

namespace ScanService.Normalise;

/// <summary>Folds name text to lower-case ASCII tokens separated by single spaces.</summary>
/// <remarks>
/// Diacritics go (Nguyễn → nguyen, Ştefan → stefan, Łukasz → lukasz, Đặng → dang); letters with no base letter
/// are spelt out (ß → ss, æ → ae, ø → o, þ → th); Cyrillic is transliterated as in passports (ICAO 9303).
/// Apostrophes are removed inside a word (O'Brien → obrien); hyphens, dots, commas, other punctuation, symbols,
/// whitespace and letters of scripts without a table (Arabic, CJK, …) separate words; digits are dropped.
/// Folding keeps German umlauts as the bare vowel (Müller → muller, not mueller).
/// </remarks>
public static class NameFolder
{
    // Names and address lines are short; anything longer rents from the pool rather than growing the stack.
    internal const int StackInputLimit = 256;

    public static string Fold(ReadOnlySpan<char> raw) => Fold(raw, keepDigits: false);

    /// <summary>The same folding, keeping digits: addresses fold building names such as "2nd floor" with it.</summary>
    internal static string Fold(ReadOnlySpan<char> raw, bool keepDigits)
    {
        if (raw.IsEmpty)
        {
            return string.Empty;
        }

        // Sized to the input, not to the limit: a fixed 1,024-character buffer was zeroed on every call, and
        // addresses fold a word at a time, so that zeroing was most of the cost of normalising a night.
        char[]? rented = null;
        Span<char> buffer = raw.Length <= StackInputLimit
            ? stackalloc char[raw.Length * DiacriticFolding.MaxExpansion]
            : (rented = ArrayPool<char>.Shared.Rent(raw.Length * DiacriticFolding.MaxExpansion));
        try
        {
            int length = FoldInto(raw, buffer, keepDigits);
            return length == 0 ? string.Empty : new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes the folded form of <paramref name="raw"/> into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least <c>raw.Length * DiacriticFolding.MaxExpansion</c> long.</param>
    /// <returns>The number of characters written; the output never starts or ends with a space.</returns>
    internal static int FoldInto(ReadOnlySpan<char> raw, Span<char> destination, bool keepDigits)
    {
        var writer = new TokenWriter(destination);
        foreach (char c in raw)
        {
            if (c < '\u0080')
            {
                FoldAscii(c, ref writer, keepDigits);
                continue;
            }

            string folded = DiacriticFolding.Fold(c);
            if (folded.Length == 0)
            {
                continue;
            }

            if (folded[0] == ' ')
            {
                writer.Separate();
                continue;
            }

            foreach (char letter in folded)
            {
                writer.Append(letter);
            }
        }

        return writer.Length;
    }

    private static void FoldAscii(char c, ref TokenWriter writer, bool keepDigits)
    {
        if (char.IsAsciiLetterLower(c))
        {
            writer.Append(c);
        }
        else if (char.IsAsciiLetterUpper(c))
        {
            writer.Append((char)(c | 0x20));
        }
        else if (char.IsAsciiDigit(c))
        {
            if (keepDigits)
            {
                writer.Append(c);
            }
        }
        else if (c is not ('\'' or '`'))
        {
            writer.Separate();
        }
    }

    /// <summary>Writes letters, turning any run of separators between two letters into one space.</summary>
    private ref struct TokenWriter(Span<char> destination)
    {
        private readonly Span<char> _destination = destination;
        private bool _separatorPending;

        public int Length { get; private set; }

        public void Separate() => _separatorPending = true;

        public void Append(char c)
        {
            if (_separatorPending && Length > 0)
            {
                _destination[Length++] = ' ';
            }

            _separatorPending = false;
            _destination[Length++] = c;
        }
    }
}
