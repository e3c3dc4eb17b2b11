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
    // The thread's word list, reused: the split copies tokens out of it before returning, and a night splits a
    // few hundred thousand full names.
    [ThreadStatic]
    private static List<Word>? _words;

    public static PersonName Split(string fullName)
    {
        int comma = fullName.IndexOf(',');
        if (comma >= 0)
        {
            // "UNKNOWN, Anna" still says which part is the forename, so only an empty surname part falls through.
            if (NameFolder.Fold(fullName.AsSpan(0, comma)).Length > 0)
            {
                string[] surnames = NameNormaliser.FoldTokens(fullName.AsSpan(0, comma));
                string[] forenames = NameTitles.StripLeading(NameNormaliser.FoldTokens(fullName.AsSpan(comma + 1)));
                return surnames.Length + forenames.Length == 0 ? PersonName.Empty : new PersonName(forenames, surnames);
            }

            fullName = fullName[(comma + 1)..];
        }

        if (NamePlaceholders.IsPlaceholder(NameFolder.Fold(fullName)))
        {
            return PersonName.Empty;
        }

        var words = FoldWords(fullName);
        return words.Count switch
        {
            0 => PersonName.Empty,
            1 => new PersonName([], words[0].Tokens),
            _ => SplitWords(words, HasLowerCase(fullName)),
        };
    }

    private static PersonName SplitWords(List<Word> words, bool mixedCase)
    {
        bool hasUpperWord = mixedCase && words.Exists(w => w.IsUpperCase);
        bool hasOtherWord = words.Exists(w => !w.IsUpperCase);
        if (hasUpperWord && hasOtherWord)
        {
            return new PersonName(Tokens(words, w => !w.IsUpperCase, words.Count), Tokens(words, w => w.IsUpperCase, words.Count));
        }

        return new PersonName(Tokens(words, _ => true, words.Count - 1), words[^1].Tokens);
    }

    /// <summary>The tokens of the first <paramref name="count"/> words that <paramref name="take"/>, in order, counted before copying.</summary>
    private static string[] Tokens(List<Word> words, Predicate<Word> take, int count)
    {
        int length = 0;
        for (int i = 0; i < count; i++)
        {
            length += take(words[i]) ? words[i].Tokens.Length : 0;
        }

        if (length == 0)
        {
            return [];
        }

        var tokens = new string[length];
        int at = 0;
        for (int i = 0; i < count; i++)
        {
            if (take(words[i]))
            {
                words[i].Tokens.CopyTo(tokens, at);
                at += words[i].Tokens.Length;
            }
        }

        return tokens;
    }

    private static List<Word> FoldWords(string fullName)
    {
        var words = _words ??= new List<Word>(4);
        words.Clear();
        var rest = fullName.AsSpan();
        while (!rest.IsEmpty)
        {
            rest = rest.TrimStart();
            int end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }

            var raw = rest[..end];
            string folded = NameFolder.Fold(raw);
            bool leadingTitle = words.Count == 0 && NameTitles.IsTitle(folded) && HasWordAfter(rest[end..]);
            if (folded.Length > 0 && !leadingTitle)
            {
                words.Add(new Word(folded.Split(' '), IsUpperCaseWord(raw)));
            }

            rest = rest[end..];
        }

        return words;
    }

    private static bool HasWordAfter(ReadOnlySpan<char> rest) => NameFolder.Fold(rest).Length > 0;

    private static bool HasLowerCase(string text)
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

    private readonly record struct Word(string[] Tokens, bool IsUpperCase);
}
