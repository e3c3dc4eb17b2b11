namespace ScanService.Normalise;

/// <summary>
/// Values partner systems type into a name field when they have no name. Kept out of the folded name because
/// two records both named "unknown" are not the same person, and matching on it would flood the digest.
/// </summary>
internal static class NamePlaceholders
{
    // Folded forms. "na" alone is left out: it is a real Korean and Vietnamese family name ("N/A" folds to "n a").
    private static readonly HashSet<string> Values = new(StringComparer.Ordinal)
    {
        "unknown", "unk", "not known", "nk", "n k", "n a", "none", "null", "nil", "tbc", "tba", "tbd",
        "not given", "not stated", "no name", "unnamed", "refused", "x", "xx", "xxx",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Values.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsPlaceholder(string folded) => Values.Contains(folded);

    private static readonly int MaxLength = Values.Max(v => v.Length);

    private static readonly LeadingLetters Leading = new(Values);

    /// <remarks>
    /// Every name field of a night is checked: one longer than any placeholder, or starting with a letter none starts
    /// with (most names), is ruled out without hashing it.
    /// </remarks>
    public static bool IsPlaceholder(ReadOnlySpan<char> folded) =>
        folded.Length > 0 && folded.Length <= MaxLength && !Leading.RulesOut(folded[0]) && Lookup.Contains(folded);
}
