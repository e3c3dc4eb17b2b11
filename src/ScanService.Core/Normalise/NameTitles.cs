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

    public static bool IsTitle(string folded) => Titles.Contains(folded);

    /// <summary>Drops leading titles, unless nothing else would be left.</summary>
    public static string[] StripLeading(string[] tokens)
    {
        int start = 0;
        while (start < tokens.Length - 1 && IsTitle(tokens[start]))
        {
            start++;
        }

        return start == 0 ? tokens : tokens[start..];
    }
}
