using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ScanService.Ingest;

/// <summary>
/// Streams the rows of one CSV file (RFC 4180) with the line each starts on. Decoding is strict UTF-8: a file
/// in another encoding raises <see cref="DecoderFallbackException"/> instead of turning names into mojibake.
/// </summary>
public sealed class CsvRowReader : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StreamReader _reader;
    private readonly CsvParser _parser;
    private bool _badData;
    private int _previousRawRow;

    public CsvRowReader(string path, char delimiter = ',')
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        _reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = true,
            // Blank lines are kept so that line numbers stay exact; they are skipped below, not counted as rows.
            IgnoreBlankLines = false,
            BadDataFound = _ => _badData = true,
            MissingFieldFound = null,
        };
        _parser = new CsvParser(_reader, configuration);
    }

    /// <summary>The physical line (1-based) on which the current row starts.</summary>
    public int Line { get; private set; }

    /// <summary>True when the current row had broken quoting (a stray or unclosed quote).</summary>
    public bool HasBadQuoting { get; private set; }

    public int FieldCount => _parser.Count;

    public string this[int index] => index >= 0 && index < _parser.Count ? _parser[index] : string.Empty;

    /// <summary>Reads the header row; null when the file is empty.</summary>
    public string[]? ReadHeader() => ReadNonBlank() ? _parser.Record : null;

    /// <summary>Moves to the next non-blank row.</summary>
    public bool Read() => ReadNonBlank();

    public string[] CurrentFields() => _parser.Record ?? [];

    private bool ReadNonBlank()
    {
        while (true)
        {
            _badData = false;
            if (!_parser.Read())
            {
                return false;
            }

            Line = _previousRawRow + 1;
            _previousRawRow = _parser.RawRow;
            HasBadQuoting = _badData;
            if (_parser.Count == 1 && _parser[0].Length == 0)
            {
                continue;
            }

            return true;
        }
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
    }
}
