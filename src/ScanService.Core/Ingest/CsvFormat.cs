using System.Text;

namespace ScanService.Ingest;

/// <summary>How a CSV file is written: its encoding, delimiter and the line its header is on (1-based).</summary>
public sealed record CsvFormat(Encoding Encoding, string EncodingName, char Delimiter, int HeaderRow)
{
    /// <summary>The standard export format (DESIGN.md §2): UTF-8, comma separated, header on line 1.</summary>
    public static readonly CsvFormat Standard = new(new UTF8Encoding(false, throwOnInvalidBytes: true), "utf-8", ',', 1);

    public string DelimiterName => Delimiter switch
    {
        ',' => "comma",
        ';' => "semicolon",
        '\t' => "tab",
        '|' => "pipe",
        _ => $"'{Delimiter}'",
    };
}
