namespace ScanService.Match.Names;

/// <summary>
/// The last step of the spelling key, for words of five letters or more: the vowels that transliteration
/// varies become marks, the vowels that make a different name stay letters.
/// </summary>
/// <remarks>
/// The first vowel group keeps its class — A (a), E (e, i), O (o, u) — so Mohammed/Muhammad agree (O) but
/// Mahmoud (A) and Mehmet (E) stay apart; later vowel groups inside the word become V (Yusuf/Yousef,
/// Mohammed/Mohammad); a vowel group ending the word is kept as written, because it often marks a different
/// name or sex (Maria/Mario, Daniel/Daniela, Haile/Hailu).
/// </remarks>
internal static class NameShape
{
    /// <summary>Shorter words keep every vowel.</summary>
    public const int MinShapedLength = 5;

    public static bool IsVowelMark(char c) => c is 'A' or 'E' or 'O' or 'V' || NameSpelling.IsVowel(c);

    public static int Write(ReadOnlySpan<char> spelt, Span<char> destination)
    {
        if (spelt.Length < MinShapedLength)
        {
            spelt.CopyTo(destination);
            return spelt.Length;
        }

        var length = 0;
        var classed = false;
        var j = 0;
        while (j < spelt.Length)
        {
            if (!NameSpelling.IsVowel(spelt[j]))
            {
                destination[length++] = spelt[j++];
                continue;
            }

            var k = j;
            while (k < spelt.Length && NameSpelling.IsVowel(spelt[k]))
            {
                k++;
            }

            if (k == spelt.Length && j > 0)
            {
                spelt[j..k].CopyTo(destination[length..]);
                length += k - j;
            }
            else if (!classed)
            {
                destination[length++] = Class(spelt[j]);
                classed = true;
            }
            else
            {
                destination[length++] = 'V';
            }

            j = k;
        }

        return length;
    }

    private static char Class(char vowel) => vowel switch
    {
        'a' => 'A',
        'e' or 'i' => 'E',
        _ => 'O',
    };
}
