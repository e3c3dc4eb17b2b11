namespace ScanService.Match.Names;

/// <summary>
/// Given names and their nicknames and diminutives (William ~ Bill ~ Will ~ Liam, Oluwaseun ~ Seun), from the
/// embedded tables in <c>Match/Names/Data</c>: <c>names.csv</c> (Apache-2.0), the public-domain male and female
/// diminutives, and the unit's own <c>curated_nicknames.csv</c>. Loaded once, on first use.
/// </summary>
/// <remarks>
/// A word not in the tables is looked up by its spelling key when exactly one listed name has that key, so a
/// transliteration of a listed name (Mohamed for Mohammed) finds its short forms (Mo).
/// See <see cref="NicknameEntry.AreEquivalent"/> for what counts as equivalent.
/// </remarks>
public sealed class NicknameTable
{
    private static readonly Lazy<NicknameTable> Loaded = new(NicknameTableBuilder.FromEmbeddedData);

    private readonly Dictionary<string, NicknameEntry> _byName;
    private readonly Dictionary<string, NicknameEntry>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;
    private readonly Dictionary<string, NicknameEntry> _byKey;

    internal NicknameTable(Dictionary<string, NicknameEntry> byName)
    {
        _byName = byName;
        _byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _byKey = UnambiguousKeys(byName.Values);
    }

    public static NicknameTable Shared => Loaded.Value;

    public int Count => _byName.Count;

    /// <summary>True when the two folded words are the same name or nickname-equivalent.</summary>
    public bool AreEquivalent(string a, string b) =>
        a == b || (Find(a) is { } x && Find(b) is { } y && NicknameEntry.AreEquivalent(x, y));

    /// <summary>The table's entry for a folded word: by spelling, else by a spelling key only one listed name has.</summary>
    internal NicknameEntry? Find(ReadOnlySpan<char> token) => Find(token, NameVariantKey.Of(token));

    /// <summary>As <see cref="Find(ReadOnlySpan{char})"/>, given the word's spelling key already worked out.</summary>
    internal NicknameEntry? Find(ReadOnlySpan<char> token, string key) =>
        _byNameSpan.TryGetValue(token, out var entry) ? entry : _byKey.GetValueOrDefault(key);

    private static Dictionary<string, NicknameEntry> UnambiguousKeys(IEnumerable<NicknameEntry> entries)
    {
        var byKey = new Dictionary<string, NicknameEntry>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = NameVariantKey.Of(entry.Name);
            if (!byKey.TryAdd(key, entry))
            {
                ambiguous.Add(key);
            }
        }

        // Robin and Ruben share a key; a third spelling must not inherit the nicknames of either.
        foreach (var key in ambiguous)
        {
            byKey.Remove(key);
        }

        return byKey;
    }
}
