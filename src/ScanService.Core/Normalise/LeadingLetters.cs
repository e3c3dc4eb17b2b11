namespace ScanService.Normalise;

/// <summary>
/// The characters a set of folded phrases can start with, for ruling a raw word out before folding it. A word whose
/// first character is an ASCII letter or digit folds to text starting with that character in lower case, so if no
/// phrase starts with it, the word cannot begin one. Most address words are ruled out this way ("12", "Oldham",
/// "Manchester"), which spares every address the folds and lookups of the placeholder and flat-keyword checks.
/// </summary>
internal sealed class LeadingLetters
{
    private readonly bool[] _canStart = new bool[128];

    public LeadingLetters(IEnumerable<string> foldedPhrases)
    {
        foreach (var phrase in foldedPhrases)
        {
            if (phrase.Length > 0 && phrase[0] < 128)
            {
                _canStart[phrase[0]] = true;
            }
        }
    }

    /// <summary>True when the word certainly does not fold to text that begins one of the phrases.</summary>
    /// <remarks>Any other first character (punctuation, a letter with a diacritic) may fold to anything or nothing: not ruled out.</remarks>
    public bool RulesOut(string word) => word.Length > 0 && RulesOut(word[0]);

    /// <summary>True when a word starting with this character certainly does not fold to text that begins one of the phrases.</summary>
    public bool RulesOut(char first) =>
        (char.IsAsciiDigit(first) && !_canStart[first]) || (char.IsAsciiLetter(first) && !_canStart[first | 0x20]);
}
