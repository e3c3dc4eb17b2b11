namespace ScanService.Match.Names;

/// <summary>
/// The words an explanation uses for a name verdict: the kinds of agreement, then what is missing, e.g.
/// <c>nickname, middle name missing</c>. Never a name: explanations reach the digest. Every combination is
/// written once, up front, so that comparing names allocates nothing.
/// </summary>
internal static class NameDetails
{
    private static readonly (TokenAgreementKind Kind, string Words)[] KindWords =
    [
        (TokenAgreementKind.Nickname, "nickname"),
        (TokenAgreementKind.Spelling, "spelling"),
        (TokenAgreementKind.Joined, "words joined"),
        (TokenAgreementKind.Typo, "typo"),
        (TokenAgreementKind.Initial, "initial"),
    ];

    private static readonly string?[] MissingWordsText = [null, "middle name missing", "middle names missing", "a name missing", "names missing"];

    private const int KindCombinations = 1 << 8;

    private static readonly string?[] Texts = Build();

    public static string? Of(NameVerdict verdict) =>
        verdict.Level is NameLevel.Different or NameLevel.Missing or NameLevel.Exact
            ? null
            : Texts[((int)verdict.Missing * KindCombinations) + (verdict.Kinds & (KindCombinations - 1))];

    private static string?[] Build()
    {
        var texts = new string?[MissingWordsText.Length * KindCombinations];
        var parts = new List<string>();
        for (var missing = 0; missing < MissingWordsText.Length; missing++)
        {
            for (var kinds = 0; kinds < KindCombinations; kinds++)
            {
                parts.Clear();
                foreach (var (kind, words) in KindWords)
                {
                    if ((kinds & (1 << (int)kind)) != 0)
                    {
                        parts.Add(words);
                    }
                }

                if (MissingWordsText[missing] is { } text)
                {
                    parts.Add(text);
                }

                texts[(missing * KindCombinations) + kinds] = parts.Count == 0 ? null : string.Join(", ", parts);
            }
        }

        return texts;
    }
}
