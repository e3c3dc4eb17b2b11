using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The sound of one name word plus the initial of another, for every ordered pair of words: "phonetic forename +
/// surname initial" and "phonetic surname + forename initial" at once, whatever order and split the names come
/// in. A typo in one word still leaves the pair keyed by the other word's sound.
/// </summary>
public sealed class NamePairBlocker : IBlocker
{
    private const int MaxTokens = 6;

    public string Name => "name-pair";

    public void AddKeys(PersonRecord record, ICollection<string> keys) => Add(record.Name, keys);

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var name in subject.Names)
        {
            Add(name, keys);
        }
    }

    private static void Add(PersonName name, ICollection<string> keys)
    {
        var tokens = name.Tokens;
        for (var i = 0; i < tokens.Count && i < MaxTokens; i++)
        {
            if (tokens[i].Length < 2)
            {
                continue;
            }

            var sound = SoundKey.Of(tokens[i]);
            for (var j = 0; j < tokens.Count && j < MaxTokens; j++)
            {
                if (j != i)
                {
                    keys.Add(string.Concat(sound, ":", tokens[j].AsSpan(0, 1)));
                }
            }
        }
    }
}
