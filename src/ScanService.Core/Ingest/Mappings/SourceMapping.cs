using ScanService.Rules;

namespace ScanService.Ingest.Mappings;

/// <summary>
/// How one partner export that is not in the standard format is read: which of its columns holds each standard
/// field, how its dates are written, and its delimiter, encoding and header line. The source is named by the
/// mapping's file name, as an export's source is named by its file name.
/// </summary>
public sealed record SourceMapping(
    string Source,
    string FileName,
    string EncodingName,
    char Delimiter,
    int HeaderRow,
    IReadOnlyDictionary<string, string> ColumnByField,
    IReadOnlyDictionary<string, IReadOnlyList<string>> DateFormatsByField)
{
    /// <summary>Where each field's column name is written in the mapping file.</summary>
    public IReadOnlyDictionary<string, TextPosition> ColumnPositions { get; init; } = new Dictionary<string, TextPosition>();

    public CsvFormat Format => new(SourceEncodings.Get(EncodingName), EncodingName, Delimiter, HeaderRow);

    public IReadOnlyList<string> DateFormatsOf(string field) =>
        DateFormatsByField.TryGetValue(field, out var formats) ? formats : [];
}

/// <summary>The mappings of a rules folder, by source.</summary>
public sealed class SourceMappings
{
    public static readonly SourceMappings None = new([]);

    private readonly Dictionary<string, SourceMapping> _bySource;

    public SourceMappings(IEnumerable<SourceMapping> mappings) =>
        _bySource = mappings.ToDictionary(m => m.Source, StringComparer.Ordinal);

    public IReadOnlyCollection<SourceMapping> All => _bySource.Values;

    public bool TryGet(string source, out SourceMapping mapping) => _bySource.TryGetValue(source, out mapping!);
}
