namespace ScanService.Normalise;

/// <summary>
/// What partner systems write when there is no address. Two records at "no fixed abode" do not share premises,
/// so these must not become a building or a street that matches.
/// </summary>
internal static class AddressPlaceholders
{
    private static readonly HashSet<string> Values = new(StringComparer.Ordinal)
    {
        "nfa", "n f a", "no fixed abode", "no fixed address", "unknown", "not known", "nk", "n k", "n a", "na",
        "none", "null", "tbc", "not given", "not stated", "refused", "address unknown", "unknown address",
    };

    // The longest placeholder: a folded address longer than this cannot be one, so folding stops there.
    private static readonly int MaxLength = Values.Max(v => v.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Values.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly LeadingLetters Leading = new(Values);

    /// <summary>True when the whole address or any comma part of it is a placeholder ("NFA, Manchester").</summary>
    /// <remarks>
    /// Every address of a night passes through here, so the words' remembered folds are joined in one small stack
    /// buffer and looked up as a span: the same answer as <see cref="AddressTokens.FoldPlace"/>, without the string. "st" becoming "saint" does not matter here, as no placeholder has either word.
    /// </remarks>
    public static bool IsPlaceholder(List<List<string>> parts)
    {
        Span<char> folded = stackalloc char[MaxLength];
        // The whole address starts with its first part's first word; a part whose first word starts no placeholder
        // ("12", "Oldham") is not folded at all.
        if (FirstWord(parts) is { } first && !Leading.RulesOut(first))
        {
            var whole = new BoundedFold(folded);
            foreach (var part in parts)
            {
                foreach (var word in part)
                {
                    whole.Add(word);
                }
            }

            if (whole.IsPlaceholder)
            {
                return true;
            }
        }

        foreach (var part in parts)
        {
            if (part.Count == 0 || Leading.RulesOut(part[0]))
            {
                continue;
            }

            var one = new BoundedFold(folded);
            foreach (var word in part)
            {
                one.Add(word);
            }

            if (one.IsPlaceholder)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of the first part that has any (taking the postcode out can empty a part).</summary>
    private static string? FirstWord(List<List<string>> parts)
    {
        foreach (var part in parts)
        {
            if (part.Count > 0)
            {
                return part[0];
            }
        }

        return null;
    }

    /// <summary>Folded words joined by single spaces, given up as soon as they are longer than any placeholder.</summary>
    private ref struct BoundedFold(Span<char> destination)
    {
        private readonly Span<char> _destination = destination;
        private int _length;
        private bool _tooLong;

        public readonly bool IsPlaceholder => !_tooLong && _length > 0 && Lookup.Contains(_destination[.._length]);

        public void Add(string word)
        {
            if (_tooLong)
            {
                return;
            }

            var folded = AddressWords.Fold(word, keepDigits: true);
            var written = folded.Length;
            if (written == 0)
            {
                return;
            }

            var needed = _length == 0 ? written : _length + 1 + written;
            if (needed > _destination.Length)
            {
                _tooLong = true;
                return;
            }

            if (_length > 0)
            {
                _destination[_length++] = ' ';
            }

            folded.CopyTo(_destination[_length..]);
            _length += written;
        }
    }
}
