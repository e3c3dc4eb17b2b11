using ScanService.Model;

namespace ScanService.Normalise;

/// <summary>A phone field read into E.164 numbers, with one reason per part that could not be read.</summary>
/// <remarks>A value, not an object: ingest reads one for every row that has a phone.</remarks>
public readonly record struct PhoneList(string[] Numbers, string[] Errors);

/// <summary>Reads phone numbers as partners type them and writes them in E.164 (+447700900123).</summary>
public static class PhoneNormaliser
{
    // 00 + 15 digits of E.164 + a stray trunk 0 is the longest real input; more digits means several numbers.
    private const int MaxDigits = 18;
    private const int MinE164Digits = 8;
    private const int MaxE164Digits = 15;
    private const int UkNationalDigits = 10;

    // The thread's list of numbers found so far, reused: the numbers are copied out at their count before returning.
    [ThreadStatic]
    private static List<string>? _numbers;

    private static readonly System.Buffers.SearchValues<char> ListSeparators = System.Buffers.SearchValues.Create(";\n\r");

    /// <summary>Reads one number.</summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Spaces, hyphens, dots, slashes and brackets are layout; "(0)" after a country code is a trunk zero
    /// and dropped, as is a 0 written straight after +44.</item>
    /// <item>+CC or 00CC: international; +44/0044 goes through the UK rules. Otherwise 8–15 digits in all.</item>
    /// <item>A leading 0: a UK number, which must have 10 digits after the 0 and start 01, 02, 03, 05, 07, 08 or
    /// 09.</item>
    /// <item>No prefix: 10 digits starting 7 (mobile) or 1/2 (landline) are a UK number whose leading zero a
    /// spreadsheet removed; 12 digits starting 44 are a UK number missing its +. Anything else is refused, since
    /// its country cannot be known.</item>
    /// <item>A leading spreadsheet apostrophe, a label ending in a colon ("Mob:") and a label in brackets at the
    /// end ("(mobile)") are ignored; a trailing extension ("ext 12", "x12", "extn. 12") is dropped and the main
    /// number kept. Any other letter refuses the value ("n/a", "unknown", "Tel 0161…").</item>
    /// </list>
    /// </remarks>
    public static ParseResult<string> Normalise(ReadOnlySpan<char> raw) => Normalise(raw, UnsharedValues.Instance);

    /// <summary>The same, with the E.164 text from <paramref name="sharing"/>: a repeated number is found, not made again.</summary>
    internal static ParseResult<string> Normalise(ReadOnlySpan<char> raw, IValueSharing sharing)
    {
        var text = PhoneText.StripDecorations(raw);
        if (text.IsEmpty)
        {
            return ParseResult<string>.Fail(PhoneReasons.Empty);
        }

        Span<char> digits = stackalloc char[MaxDigits];
        string? error = ReadDigits(text, digits, out int count, out bool plus);
        if (error is not null)
        {
            return ParseResult<string>.Fail(error);
        }

        return Classify(digits[..count], plus, sharing);
    }

    /// <summary>
    /// Reads a field holding several numbers. Numbers are separated by ';' (the export format) or line breaks;
    /// a part that is not one number on its own is also split at ',', '/', '&amp;' and the word "or"
    /// ("07700 900123 / 07700 900456", "… or …"). A slash inside a single number ("0161/496 0123") stays layout,
    /// because the whole part is tried first. Duplicates collapse, keeping first-seen order. Each error names the
    /// position of the part ("phone 2: …"), never the number.
    /// </summary>
    public static PhoneList NormaliseList(string raw) => NormaliseList(raw, UnsharedValues.Instance);

    /// <summary>The same, with the numbers from <paramref name="sharing"/>.</summary>
    internal static PhoneList NormaliseList(string raw, IValueSharing sharing)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new PhoneList([], []);
        }

        // Parts are read as spans of the field: nearly every field is one good number, which then costs no split
        // array, no part strings and no error list.
        var numbers = _numbers ??= new List<string>(4);
        numbers.Clear();
        List<string>? errors = null;
        int position = 0;
        var rest = raw.AsSpan();
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(ListSeparators);
            var part = (end < 0 ? rest : rest[..end]).Trim();
            rest = end < 0 ? default : rest[(end + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            var whole = Normalise(part, sharing);
            if (whole.Success)
            {
                Add(numbers, whole.Value);
                position++;
                continue;
            }

            var pieces = PhoneListSplitter.SplitAlternatives(part.ToString());
            var results = pieces.Select(p => Normalise(p, sharing)).ToList();
            if (pieces.Count < 2 || !results.Exists(r => r.Success))
            {
                (errors ??= []).Add($"phone {++position}: {whole.Error}");
                continue;
            }

            foreach (var result in results)
            {
                position++;
                if (result.Success)
                {
                    Add(numbers, result.Value);
                }
                else
                {
                    (errors ??= []).Add($"phone {position}: {result.Error}");
                }
            }
        }

        // One number is the common case: its array is made at its size, without the list's copy.
        string[] found = numbers.Count switch { 0 => [], 1 => [numbers[0]], _ => [.. numbers] };
        return new PhoneList(found, errors is null ? [] : [.. errors]);
    }

    private static void Add(List<string> numbers, string number)
    {
        if (!numbers.Contains(number))
        {
            numbers.Add(number);
        }
    }

    /// <returns>Null when the digits were read, else the reason.</returns>
    private static string? ReadDigits(ReadOnlySpan<char> text, Span<char> digits, out int count, out bool plus)
    {
        count = 0;
        plus = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return PhoneReasons.TooManyDigits;
                }

                digits[count++] = c;
            }
            else if (c == '+')
            {
                if (count > 0 || plus)
                {
                    return PhoneReasons.UnexpectedCharacters;
                }

                plus = true;
            }
            else if (c == '(' && IsTrunkZero(text[i..], digits[..count], plus))
            {
                i += 2;
            }
            else if (char.IsLetter(c))
            {
                return PhoneReasons.ContainsLetters;
            }
            else if (!IsLayout(c))
            {
                return PhoneReasons.UnexpectedCharacters;
            }
        }

        return count == 0 ? PhoneReasons.NoDigits : null;
    }

    /// <summary>"(0)" written after a country code: +44 (0)161 …, 0049 (0)30 ….</summary>
    private static bool IsTrunkZero(ReadOnlySpan<char> text, ReadOnlySpan<char> digitsSoFar, bool plus) =>
        text.StartsWith("(0)") && (plus ? digitsSoFar.Length > 0 : digitsSoFar.Length > 2 && digitsSoFar.StartsWith("00"));

    private static bool IsLayout(char c) =>
        c is ' ' or '-' or '.' or '(' or ')' or '/' or '\t' or '\u00A0' or '\u2212' or (>= '\u2010' and <= '\u2015');

    private static ParseResult<string> Classify(ReadOnlySpan<char> digits, bool plus, IValueSharing sharing)
    {
        if (plus)
        {
            return International(digits, sharing);
        }

        if (digits.StartsWith("00"))
        {
            return International(digits[2..], sharing);
        }

        if (digits[0] == '0')
        {
            return UkNational(digits[1..], sharing);
        }

        if (digits.Length == UkNationalDigits && digits[0] is '7' or '1' or '2')
        {
            return UkNational(digits, sharing);
        }

        if (digits.Length == UkNationalDigits + 2 && digits.StartsWith("44"))
        {
            return UkNational(digits[2..], sharing);
        }

        return ParseResult<string>.Fail(digits.Length < UkNationalDigits ? PhoneReasons.TooFewDigits : PhoneReasons.NoPrefix);
    }

    private static ParseResult<string> International(ReadOnlySpan<char> digits, IValueSharing sharing)
    {
        if (digits.IsEmpty)
        {
            return ParseResult<string>.Fail(PhoneReasons.TooFewDigits);
        }

        if (digits[0] == '0')
        {
            return ParseResult<string>.Fail(PhoneReasons.CountryCodeZero);
        }

        if (digits.StartsWith("44"))
        {
            var national = digits[2..];
            return UkNational(national.StartsWith('0') ? national[1..] : national, sharing);
        }

        return digits.Length is < MinE164Digits or > MaxE164Digits
            ? ParseResult<string>.Fail(PhoneReasons.InternationalLength)
            : ParseResult<string>.Ok(E164(ReadOnlySpan<char>.Empty, digits, sharing));
    }

    private static ParseResult<string> UkNational(ReadOnlySpan<char> national, IValueSharing sharing)
    {
        if (national.Length != UkNationalDigits)
        {
            return ParseResult<string>.Fail(PhoneReasons.UkLength);
        }

        return national[0] is '1' or '2' or '3' or '5' or '7' or '8' or '9'
            ? ParseResult<string>.Ok(E164("44", national, sharing))
            : ParseResult<string>.Fail(PhoneReasons.UkRange);
    }

    private static string E164(ReadOnlySpan<char> countryCode, ReadOnlySpan<char> number, IValueSharing sharing)
    {
        Span<char> buffer = stackalloc char[1 + MaxDigits];
        buffer[0] = '+';
        countryCode.CopyTo(buffer[1..]);
        number.CopyTo(buffer[(1 + countryCode.Length)..]);
        return sharing.Token(buffer[..(1 + countryCode.Length + number.Length)]);
    }
}
