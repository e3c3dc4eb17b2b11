namespace ScanService.Match.Names;

/// <summary>
/// Hand-listed spellings of one name that the general spelling rules cannot reconcile (Omar/Umar/Omer,
/// Adam/Adem): each spelling maps to the first of its line, and the spelling key is built from that.
/// </summary>
internal sealed class CuratedSpellings
{
    private static readonly Lazy<CuratedSpellings> Loaded = new(() => new CuratedSpellings(NameData.Lines("curated_spellings.csv")));

    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal CuratedSpellings(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            string? first = null;
            foreach (var cell in line.Split(','))
            {
                if (NameData.FoldSingleWord(cell) is not { } spelling)
                {
                    continue;
                }

                first ??= spelling;
                _canonical.TryAdd(spelling, first);
            }
        }

        _lookup = _canonical.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CuratedSpellings Shared => Loaded.Value;

    /// <summary>The listed form of <paramref name="token"/>'s name, or the token itself when it is not listed.</summary>
    public ReadOnlySpan<char> Canonical(ReadOnlySpan<char> token) =>
        _lookup.TryGetValue(token, out var canonical) ? canonical : token;
}
