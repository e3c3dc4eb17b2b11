namespace ScanService.Normalise;

/// <summary>
/// What partner systems write when there is no address. Two records at "no fixed abode" do not share premises,
/// so these must not become a building or a street that matches.
/// </summary>
internal static class AddressPlaceholders
{
    private static readonly HashSet<string> Values = new(StringComparer.Ordinal)
    {
        "nfa", "n f a", "no fixed abode", "no fixed address", "unknown", "not known", "nk", "n k", "n a", "na",
        "none", "null", "tbc", "not given", "not stated", "refused", "address unknown", "unknown address",
    };

    /// <summary>True when the whole address or any comma part of it is a placeholder ("NFA, Manchester").</summary>
    public static bool IsPlaceholder(List<List<string>> parts) =>
        IsPlaceholder(parts.SelectMany(p => p)) || parts.Exists(IsPlaceholder);

    private static bool IsPlaceholder(IEnumerable<string> words) =>
        Values.Contains(AddressTokens.FoldPlace(words) ?? string.Empty);
}
