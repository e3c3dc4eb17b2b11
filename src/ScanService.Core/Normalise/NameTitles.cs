namespace ScanService.Normalise;

/// <summary>
/// Titles that case-management systems put in front of a name ("Mr John SMITH"). They say nothing about who the
/// person is, and left in they would be taken for a forename.
/// </summary>
internal static class NameTitles
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitle(string folded) => Titles.Contains(folded);

    public static bool IsTitle(ReadOnlySpan<char> folded) => Lookup.Contains(folded);

    /// <summary>Drops leading titles from the tokens, unless nothing else would be left.</summary>
    public static void StripLeading(List<string> tokens)
    {
        int start = 0;
        while (start < tokens.Count - 1 && IsTitle(tokens[start]))
        {
            start++;
        }

        tokens.RemoveRange(0, start);
    }
}
