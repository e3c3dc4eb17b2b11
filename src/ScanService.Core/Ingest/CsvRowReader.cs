using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ScanService.Pipeline.Progress;

namespace ScanService.Ingest;

/// <summary>
/// Streams the rows of one CSV file (RFC 4180) with the line each starts on. Decoding is strict (UTF-8 unless a
/// source mapping says otherwise): a file in another encoding raises <see cref="DecoderFallbackException"/>
/// instead of turning names into mojibake.
/// </summary>
public sealed class CsvRowReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly long _fileLength;
    private readonly CsvParser _parser;
    private bool _badData;
    private readonly int _linesSkipped;
    private int _previousRawRow;

    public CsvRowReader(string path, char delimiter = ',')
        : this(path, CsvFormat.Standard with { Delimiter = delimiter })
    {
    }

    /// <param name="bytesRead">Counts the file's bytes as they are read, for a progress report; none when null.</param>
    public CsvRowReader(string path, CsvFormat format, ProgressCounter? bytesRead = null)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        _fileLength = stream.Length;
        if (bytesRead is not null)
        {
            stream = new CountedReadStream(stream, bytesRead);
        }

        // Only a UTF-8 file may announce itself with a byte-order mark; in any other declared encoding those bytes
        // would be letters, and are refused before reading (SingleByteCheck).
        _reader = new StreamReader(stream, format.Encoding, detectEncodingFromByteOrderMarks: format.Encoding is UTF8Encoding, bufferSize: 1 << 16);

        // Lines above the header (a title, an export date) are skipped as text, not parsed: they are rarely valid CSV.
        while (_linesSkipped < format.HeaderRow - 1 && _reader.ReadLine() is not null)
        {
            _linesSkipped++;
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = format.Delimiter.ToString(),
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

    /// <summary>
    /// How many rows the whole file holds, judged from the rows read so far and the share of the file they took
    /// (characters read against the file's bytes: close for the mostly ASCII exports). An estimate for sizing
    /// collections once, not a count.
    /// </summary>
    public int EstimateRowCount(int rowsSoFar)
    {
        var charsRead = Math.Max(1, _parser.CharCount);
        return (int)Math.Min(int.MaxValue / 2, Math.Max(rowsSoFar, rowsSoFar * (double)_fileLength / charsRead));
    }

    private bool ReadNonBlank()
    {
        while (true)
        {
            _badData = false;
            if (!_parser.Read())
            {
                return false;
            }

            Line = _linesSkipped + _previousRawRow + 1;
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
