namespace ScanService.Synthetic.Tests.Support;

/// <summary>A night generated once into a temporary folder, with its files read back for assertions.</summary>
internal sealed class GeneratedNight : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Dictionary<string, CsvTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string[]>> _byId = new(StringComparer.Ordinal);

    public GeneratedNight(int records, int subjects, int seed, int? investigations = null)
    {
        Options = new SyntheticNightOptions
        {
            OutputDirectory = _directory.Path,
            Records = records,
            Subjects = subjects,
            Seed = seed,
            Investigations = investigations,
        };
        Summary = new SyntheticNightGenerator(Options).Generate();
    }

    public SyntheticNightOptions Options { get; }

    public SyntheticNightSummary Summary { get; }

    public string Root => _directory.Path;

    public string Exports => Summary.ExportsDirectory;

    public CsvTable Truth => Table(Summary.TruthPath);

    public CsvTable Decoys => Table(Summary.DecoysPath);

    public CsvTable Subjects => Table(Path.Combine(Exports, "subjects.csv"));

    public CsvTable Investigations => Table(Path.Combine(Exports, "investigations.csv"));

    public IEnumerable<string> SourceNames => Options.Sources;

    public CsvTable Source(string name) => Table(Path.Combine(Exports, name + ".csv"));

    /// <summary>One row of a source, by record_id.</summary>
    public string[] Record(string source, string recordId)
    {
        if (!_byId.TryGetValue(source, out var rows))
        {
            var table = Source(source);
            _byId[source] = rows = table.Rows.ToDictionary(r => table.Get(r, "record_id"), StringComparer.Ordinal);
        }

        return rows[recordId];
    }

    /// <summary>Every file the generator wrote, by path relative to the root.</summary>
    public IEnumerable<string> Files => Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Root, p)).Order(StringComparer.Ordinal);

    public void Dispose() => _directory.Dispose();

    private CsvTable Table(string path)
    {
        if (!_tables.TryGetValue(path, out var table))
        {
            _tables[path] = table = CsvTable.Read(path);
        }

        return table;
    }
}
