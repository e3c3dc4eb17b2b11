using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Rendering;

/// <summary>One slip of the keyboard: a letter inserted, deleted, replaced, or two letters swapped.</summary>
internal static class Typos
{
    private const string Letters = "abcdefghijklmnoprstuvwyaeioun";

    public static string Apply(string word, Random random)
    {
        if (word.Length < 3)
        {
            return word;
        }

        var shouting = !word.Any(char.IsLower);
        var letter = Letters[random.Next(Letters.Length)];
        letter = shouting ? char.ToUpperInvariant(letter) : letter;

        // Real slips rarely hit the first letter, which the writer reads back most carefully.
        if (random.Chance(0.08))
        {
            var first = char.IsUpper(word[0]) ? char.ToUpperInvariant(letter) : letter;
            return first == word[0] ? word.Remove(1, 1) : first + word[1..];
        }

        var at = random.Between(1, word.Length - 1);
        return random.Next(4) switch
        {
            0 => word.Insert(at, letter.ToString()),
            1 => word.Remove(at, 1),
            2 when word[at] != letter => string.Concat(word.AsSpan(0, at), letter.ToString(), word.AsSpan(at + 1)),
            _ when at < word.Length - 1 && word[at] != word[at + 1] =>
                string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            _ => word.Remove(at, 1),
        };
    }
}
