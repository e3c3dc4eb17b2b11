using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The name half of the name-and-something blocking keys. A name of two or more words gives, for every ordered
/// pair of words, the sound of one plus the initial of the other: word order and which part was called the
/// surname do not matter, and a typo in one word still leaves the pair keyed by the other word's sound. Two words
/// rather than one keep a common forename (every "Mohammed" born in 1990) from making a block of its own.
/// A one-word name (an NRM referral that gives only "Tesfay") gives that word's sound alone, and subjects also
/// file every word on its own so that such a record still finds them.
/// </summary>
internal static class NameStems
{
    private const int MaxWords = 6;
    private const string SingleWord = "1:";

    public static void ForRecord(PersonName name, Action<string> add)
    {
        if (UsableWords(name) >= 2)
        {
            AddPairs(name, add);
        }
        else
        {
            AddSingles(name, add);
        }
    }

    public static void ForSubject(PersonName name, Action<string> add)
    {
        AddPairs(name, add);
        AddSingles(name, add);
    }

    private static int UsableWords(PersonName name)
    {
        var count = 0;
        foreach (var token in name.Tokens)
        {
            count += token.Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static void AddPairs(PersonName name, Action<string> add)
    {
        var tokens = name.Tokens;
        for (var i = 0; i < tokens.Count && i < MaxWords; i++)
        {
            if (tokens[i].Length < 2)
            {
                continue;
            }

            var sound = SoundKey.Of(tokens[i]);
            for (var j = 0; j < tokens.Count && j < MaxWords; j++)
            {
                if (j != i && tokens[j].Length > 0)
                {
                    add(string.Concat(sound, ":", tokens[j].AsSpan(0, 1)));
                }
            }
        }
    }

    private static void AddSingles(PersonName name, Action<string> add)
    {
        foreach (var token in name.Tokens)
        {
            if (token.Length >= 2)
            {
                add(SingleWord + SoundKey.Of(token));
            }
        }
    }
}
