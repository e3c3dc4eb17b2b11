using ScanService.Model;

namespace ScanService.Normalise;

/// <summary>
/// Splits an unsplit name into forenames and surnames the way UK case-management systems write them:
/// <list type="bullet">
/// <item>"SURNAME, Forename(s)": the part before the first comma is the surname.</item>
/// <item>Mixed case with words in capitals ("NGUYEN Van Minh", "Van Minh NGUYEN"): the capitalised words
/// (two capitals in a row or more, also "McDONALD"; not dotted initials "A.B.") are the surname, wherever they
/// stand.</item>
/// <item>Otherwise ("Mohammed Ali", "JOHN SMITH"): the last word is the surname; a hyphenated last word
/// ("Mary Smith-Jones") gives every part to the surname.</item>
/// </list>
/// Leading titles (Mr, Mrs, Dr …) are dropped. A single word is a surname. Placeholders ("Unknown", "N/K") are
/// recognised for the whole field only, so an initial such as the X of "Malcolm X" stays.
/// </summary>
internal static class FullNameSplitter
{
    // The thread's word list, reused: the split deals tokens out of it before returning, and a night splits a
    // few hundred thousand full names.
    [ThreadStatic]
    private static List<Word>? _words;

    public static PersonName Split(string fullName) => Split(fullName, UnsharedValues.Instance, NameTokenScratch.Start());

    /// <param name="scratch">The thread's token lists, empty.</param>
    public static PersonName Split(string fullName, IValueSharing sharing, NameTokenScratch scratch)
    {
        var text = fullName.AsSpan();
        int comma = text.IndexOf(',');
        if (comma >= 0)
        {
            // "UNKNOWN, Anna" still says which part is the forename, so only an empty surname part falls through.
            if (FoldsToLetters(text[..comma]))
            {
                NameNormaliser.AddTokens(text[..comma], scratch.Surnames, sharing);
                NameNormaliser.AddTokens(text[(comma + 1)..], scratch.Forenames, sharing);
                NameTitles.StripLeading(scratch.Forenames);
                return scratch.Name(sharing);
            }

            text = text[(comma + 1)..];
        }

        if (IsPlaceholder(text))
        {
            return PersonName.Empty;
        }

        var words = FoldWords(text, scratch.WordTokens, sharing);
        return words.Count switch
        {
            0 => PersonName.Empty,
            1 => SingleWord(words, scratch, sharing),
            _ => SplitWords(words, scratch, HasLowerCase(text), sharing),
        };
    }

    private static PersonName SplitWords(List<Word> words, NameTokenScratch scratch, bool mixedCase, IValueSharing sharing)
    {
        bool hasUpperWord = mixedCase && words.Exists(w => w.IsUpperCase);
        bool hasOtherWord = words.Exists(w => !w.IsUpperCase);
        if (hasUpperWord && hasOtherWord)
        {
            DealInto(scratch.Forenames, words, scratch.WordTokens, w => !w.IsUpperCase, words.Count);
            DealInto(scratch.Surnames, words, scratch.WordTokens, w => w.IsUpperCase, words.Count);
            return scratch.Name(sharing);
        }

        DealInto(scratch.Forenames, words, scratch.WordTokens, _ => true, words.Count - 1);
        DealInto(scratch.Surnames, words, scratch.WordTokens, _ => true, words.Count, from: words.Count - 1);
        return scratch.Name(sharing);
    }

    /// <summary>A single word is a surname.</summary>
    private static PersonName SingleWord(List<Word> words, NameTokenScratch scratch, IValueSharing sharing)
    {
        DealInto(scratch.Surnames, words, scratch.WordTokens, _ => true, 1);
        return scratch.Name(sharing);
    }

    /// <summary>Adds the tokens of the words in [<paramref name="from"/>, <paramref name="count"/>) that <paramref name="take"/>, in order.</summary>
    private static void DealInto(List<string> into, List<Word> words, List<string> wordTokens, Predicate<Word> take, int count, int from = 0)
    {
        for (int i = from; i < count; i++)
        {
            if (take(words[i]))
            {
                for (int t = words[i].Start; t < words[i].Start + words[i].Count; t++)
                {
                    into.Add(wordTokens[t]);
                }
            }
        }
    }

    private static List<Word> FoldWords(ReadOnlySpan<char> text, List<string> wordTokens, IValueSharing sharing)
    {
        var words = _words ??= new List<Word>(4);
        words.Clear();
        // One buffer for every word, sized to the whole text.
        Span<char> buffer = text.Length <= NameFolder.StackInputLimit
            ? stackalloc char[text.Length * DiacriticFolding.MaxExpansion]
            : new char[text.Length * DiacriticFolding.MaxExpansion];
        var rest = text;
        while (!rest.IsEmpty)
        {
            rest = rest.TrimStart();
            int end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }

            var raw = rest[..end];
            var folded = buffer[..NameFolder.FoldInto(raw, buffer, keepDigits: false)];
            bool leadingTitle = words.Count == 0 && NameTitles.IsTitle(folded) && FoldsToLetters(rest[end..]);
            if (folded.Length > 0 && !leadingTitle)
            {
                int start = wordTokens.Count;
                NameNormaliser.AddFolded(folded, wordTokens, sharing);
                words.Add(new Word(start, wordTokens.Count - start, IsUpperCaseWord(raw)));
            }

            rest = rest[end..];
        }

        return words;
    }

    /// <summary>True when the text folds to at least one letter (a name word), without making the folded string.</summary>
    private static bool FoldsToLetters(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= NameFolder.StackInputLimit
            ? stackalloc char[text.Length * DiacriticFolding.MaxExpansion]
            : new char[text.Length * DiacriticFolding.MaxExpansion];
        return NameFolder.FoldInto(text, buffer, keepDigits: false) > 0;
    }

    /// <summary>True when the whole text folds to a placeholder ("Unknown", "N/K"), without making the folded string.</summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= NameFolder.StackInputLimit
            ? stackalloc char[text.Length * DiacriticFolding.MaxExpansion]
            : new char[text.Length * DiacriticFolding.MaxExpansion];
        return NamePlaceholders.IsPlaceholder(buffer[..NameFolder.FoldInto(text, buffer, keepDigits: false)]);
    }

    private static bool HasLowerCase(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// All letters capitals, two of them in a row (so dotted initials "A.B." are not a surname); a Mc/Mac prefix
    /// may stay in lower case.
    /// </summary>
    internal static bool IsUpperCaseWord(ReadOnlySpan<char> word)
    {
        if (word.StartsWith("Mac", StringComparison.Ordinal) && LongestCapitalRun(word[3..]) >= 2)
        {
            return true;
        }

        if (word.StartsWith("Mc", StringComparison.Ordinal) && LongestCapitalRun(word[2..]) >= 2)
        {
            return true;
        }

        return LongestCapitalRun(word) >= 2;
    }

    /// <summary>The longest run of consecutive capital letters, or -1 when any letter is in lower case.</summary>
    private static int LongestCapitalRun(ReadOnlySpan<char> word)
    {
        int longest = 0;
        int run = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return -1;
            }

            run = char.IsUpper(c) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>A word of a full name: where its tokens sit in the thread's token list, and whether it is written in capitals.</summary>
    private readonly record struct Word(int Start, int Count, bool IsUpperCase);
}
