using ScanService.Model;

namespace ScanService.Normalise;

/// <summary>
/// Validates a UK postcode in any case and spacing and writes it as "OUTWARD INWARD" ("sw1a1aa" → "SW1A 1AA").
/// </summary>
/// <remarks>
/// Checks the Royal Mail format, not the list of postcodes in use: outward A9, A99, AA9, AA99, A9A or AA9A and
/// inward 9AA, where the first letter is not Q, V or X, the second not I, J or Z, the third of A9A one of
/// ABCDEFGHJKPSTUW, the fourth of AA9A one of ABEHMNPRVWXY, and the inward letters not C, I, K, M, O or V.
/// GIR 0AA (Girobank) is the one exception. British Forces and overseas-territory codes are not UK postcodes here.
/// </remarks>
public static class PostcodeNormaliser
{
    private const int MinLength = 5;
    private const int MaxLength = 7;
    private const int InwardLength = 3;

    public static ParseResult<string> Normalise(ReadOnlySpan<char> raw) => Normalise(raw, UnsharedValues.Instance);

    /// <summary>The same, with the canonical form from <paramref name="sharing"/>: a repeated postcode is found, not made again.</summary>
    internal static ParseResult<string> Normalise(ReadOnlySpan<char> raw, IValueSharing sharing)
    {
        Span<char> compact = stackalloc char[MaxLength];
        string? error = Compact(raw, compact, out int length);
        if (error is not null)
        {
            return ParseResult<string>.Fail(error);
        }

        var code = compact[..length];
        var outward = code[..^InwardLength];
        var inward = code[^InwardLength..];
        if (!IsGirobank(code))
        {
            if (!IsInward(inward))
            {
                return ParseResult<string>.Fail(PostcodeReasons.BadInward);
            }

            if (!IsOutward(outward))
            {
                return ParseResult<string>.Fail(PostcodeReasons.BadOutward);
            }
        }

        Span<char> canonical = stackalloc char[MaxLength + 1];
        outward.CopyTo(canonical);
        canonical[outward.Length] = ' ';
        inward.CopyTo(canonical[(outward.Length + 1)..]);
        return ParseResult<string>.Ok(sharing.Token(canonical[..(length + 1)]));
    }

    /// <summary>Upper-cases the letters and digits into <paramref name="compact"/>, dropping whitespace.</summary>
    private static string? Compact(ReadOnlySpan<char> raw, Span<char> compact, out int length)
    {
        length = 0;
        foreach (char c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                return PostcodeReasons.UnexpectedCharacters;
            }

            if (length == MaxLength)
            {
                return PostcodeReasons.WrongLength;
            }

            compact[length++] = char.ToUpperInvariant(c);
        }

        return length switch
        {
            0 => PostcodeReasons.Empty,
            < MinLength => PostcodeReasons.WrongLength,
            _ => null,
        };
    }

    private static bool IsGirobank(ReadOnlySpan<char> code) => code is "GIR0AA";

    private static bool IsInward(ReadOnlySpan<char> inward) =>
        char.IsAsciiDigit(inward[0]) && IsInwardLetter(inward[1]) && IsInwardLetter(inward[2]);

    private static bool IsInwardLetter(char c) => char.IsAsciiLetterUpper(c) && c is not ('C' or 'I' or 'K' or 'M' or 'O' or 'V');

    private static bool IsOutward(ReadOnlySpan<char> outward)
    {
        if (outward.IsEmpty || !IsFirstLetter(outward[0]))
        {
            return false;
        }

        var rest = outward[1..];
        if (!rest.IsEmpty && char.IsAsciiLetterUpper(rest[0]))
        {
            // AA9, AA99, AA9A
            return IsSecondLetter(rest[0]) && IsDistrict(rest[1..], "ABEHMNPRVWXY");
        }

        // A9, A99, A9A
        return IsDistrict(rest, "ABCDEFGHJKPSTUW");
    }

    /// <summary>The district after the area letters: 9, 99 or 9A with A from <paramref name="suffixLetters"/>.</summary>
    private static bool IsDistrict(ReadOnlySpan<char> district, string suffixLetters) => district.Length switch
    {
        1 => char.IsAsciiDigit(district[0]),
        2 => char.IsAsciiDigit(district[0]) && (char.IsAsciiDigit(district[1]) || suffixLetters.Contains(district[1])),
        _ => false,
    };

    private static bool IsFirstLetter(char c) => char.IsAsciiLetterUpper(c) && c is not ('Q' or 'V' or 'X');

    private static bool IsSecondLetter(char c) => c is not ('I' or 'J' or 'Z');
}
