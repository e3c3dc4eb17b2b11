namespace ScanService.Normalise;

/// <summary>
/// An address as comma parts of raw words, which the address parser takes apart in place. Words keep their
/// written form until a part of the address is known, because case and digits matter for telling them apart.
/// </summary>
internal static class AddressTokens
{
    private static readonly System.Buffers.SearchValues<char> PartSeparators = System.Buffers.SearchValues.Create(",;\n\r|");

    // Punctuation that clings to words ("Rd.", "(Manchester)"); slashes, hyphens and apostrophes stay, since
    // "3/12", "12-14" and "St Mary's" need them.
    private const string Clinging = ".()\"[]:";

    [ThreadStatic]
    private static Scratch? _scratch;

    /// <summary>The parts (split at commas, semicolons, bars and line breaks) and their words (split at white space).</summary>
    /// <remarks>
    /// Words are cut from the text as spans and shared per distinct word (<see cref="AddressWords"/>). The lists are
    /// the thread's own and are reused by its next call: the parser takes an address apart and is done with them
    /// before it returns, and a night's million addresses each built four or five lists otherwise.
    /// </remarks>
    public static List<List<string>> Split(string address)
    {
        var scratch = _scratch ??= new Scratch();
        var parts = scratch.Start();
        var rest = address.AsSpan();
        while (true)
        {
            var end = rest.IndexOfAny(PartSeparators);
            var words = scratch.NextPart();
            AddWords(end < 0 ? rest : rest[..end], words);
            if (words.Count > 0)
            {
                JoinSpacedRanges(words);
                DropCareOf(words);
                if (words.Count > 0)
                {
                    parts.Add(words);
                    scratch.Keep();
                }
            }

            if (end < 0)
            {
                return parts;
            }

            rest = rest[(end + 1)..];
        }
    }

    private static void AddWords(ReadOnlySpan<char> part, List<string> words)
    {
        var at = 0;
        while (at < part.Length)
        {
            while (at < part.Length && char.IsWhiteSpace(part[at]))
            {
                at++;
            }

            var start = at;
            while (at < part.Length && !char.IsWhiteSpace(part[at]))
            {
                at++;
            }

            var trimmed = part[start..at].Trim(Clinging);
            if (trimmed.Length > 0)
            {
                words.Add(AddressWords.Word(trimmed));
            }
        }
    }

    /// <summary>One thread's parts list and every word list it has handed out, for reuse.</summary>
    private sealed class Scratch
    {
        private readonly List<List<string>> _parts = [];
        private readonly List<List<string>> _wordLists = [];
        private int _used;

        public List<List<string>> Start()
        {
            _parts.Clear();
            _used = 0;
            return _parts;
        }

        /// <summary>An empty word list; it is handed out again by the next call unless <see cref="Keep"/> is called.</summary>
        public List<string> NextPart()
        {
            if (_used == _wordLists.Count)
            {
                _wordLists.Add(new List<string>(4));
            }

            var words = _wordLists[_used];
            words.Clear();
            return words;
        }

        public void Keep() => _used++;
    }

    /// <summary>
    /// "c/o Anna Kowalska, 14 Station Road": the person cared for is not part of the premises (and is personal
    /// data), so "c/o" and the words after it go, up to a house number in the same part.
    /// </summary>
    private static void DropCareOf(List<string> words)
    {
        if (words.Count == 0 || !words[0].Equals("c/o", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        int number = words.FindIndex(w => TryHouseNumber(w, out _));
        words.RemoveRange(0, number < 0 ? words.Count : number);
    }

    /// <summary>"12 - 14" written with spaces is the range 12-14.</summary>
    private static void JoinSpacedRanges(List<string> words)
    {
        for (int i = words.Count - 2; i >= 1; i--)
        {
            if (words[i] is "-" or "\u2013" && TryHouseNumber(words[i - 1], out _) && TryHouseNumber(words[i + 1], out _))
            {
                words[i - 1] = $"{words[i - 1]}-{words[i + 1]}";
                words.RemoveRange(i, 2);
            }
        }
    }

    /// <summary>A house number: 12, 12a, 12-14, 12a-12c (an en dash counts as a hyphen).</summary>
    public static bool TryHouseNumber(string word, out string number)
    {
        number = string.Empty;
        var rest = word.AsSpan();
        if (!TryNumberWithSuffix(ref rest))
        {
            return false;
        }

        if (!rest.IsEmpty)
        {
            if (rest[0] is not ('-' or '\u2013') || rest.Length == 1)
            {
                return false;
            }

            rest = rest[1..];
            if (!TryNumberWithSuffix(ref rest) || !rest.IsEmpty)
            {
                return false;
            }
        }

        number = word.Replace('\u2013', '-').ToLowerInvariant();
        return true;
    }

    /// <summary>Consumes 1–5 digits and an optional single letter.</summary>
    private static bool TryNumberWithSuffix(ref ReadOnlySpan<char> text)
    {
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 5)
        {
            return false;
        }

        int end = digits < text.Length && char.IsAsciiLetter(text[digits])
            && (digits + 1 == text.Length || !char.IsAsciiLetter(text[digits + 1])) ? digits + 1 : digits;
        text = text[end..];
        return true;
    }

    public static bool HasDigit(List<string> part) => part.Exists(w => AsciiDigits.Any(w));

    /// <summary>Folds words to lower-case ASCII, keeping digits; "st" standing alone becomes "saint".</summary>
    public static string? FoldPlace(IReadOnlyList<string> words)
    {
        // Each word's fold is remembered per thread (AddressWords): towns and building names repeat across a night.
        // Indexed rather than foreach: an enumerator over an IReadOnlyList is boxed, an object per address part.
        var tokens = new FoldedTokens();
        for (var i = 0; i < words.Count; i++)
        {
            var folded = AddressWords.Fold(words[i], keepDigits: true);
            if (folded.Length > 0)
            {
                tokens.AddPlaceTokens(folded);
            }
        }

        return tokens.ToShared();
    }
}
