using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Names;

/// <summary>All naming cultures, read once from the embedded name lists, in a stable order.</summary>
internal sealed class CultureCatalog
{
    private const string ResourcePrefix = "Names.";

    private static readonly Lazy<CultureCatalog> Shared = new(Load);

    private CultureCatalog(IReadOnlyList<Culture> cultures)
    {
        Cultures = cultures;
        Population = new WeightedPool<Culture>(cultures.Select(c => (c, c.Population)));
        British = cultures.Single(c => c.Key == "british");
    }

    public static CultureCatalog Instance => Shared.Value;

    public IReadOnlyList<Culture> Cultures { get; }

    /// <summary>Cultures weighted by their share of the synthetic population.</summary>
    public WeightedPool<Culture> Population { get; }

    public Culture British { get; }

    public Culture Get(string key) => Cultures.Single(c => c.Key == key);

    private static CultureCatalog Load()
    {
        var assembly = typeof(CultureCatalog).Assembly;
        var cultures = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return CultureFileParser.Parse(name[ResourcePrefix.Length..^".txt".Length], reader.ReadToEnd());
            })
            .ToList();
        return new CultureCatalog(cultures);
    }
}
