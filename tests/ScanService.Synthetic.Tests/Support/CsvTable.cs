using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ScanService.Synthetic.Tests.Support;

/// <summary>A whole CSV file read with CsvHelper (strictly: a bad field or a short row throws), by column name.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _index = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public bool Has(string column) => _index.ContainsKey(column);

    public string Get(string[] row, string column) => _index.TryGetValue(column, out var i) ? row[i] : string.Empty;

    public IEnumerable<string> Column(string column) => Has(column) ? Rows.Select(r => r[_index[column]]) : [];

    public static CsvTable Read(string path)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => throw new InvalidDataException($"{path}: bad data at row {args.Context.Parser?.Row}: {args.RawRecord}"),
            DetectColumnCountChanges = true,
        };
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        using var csv = new CsvReader(reader, configuration);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Parser.Record!);
        }

        return new CsvTable(header, rows);
    }
}
