using System.Text;
using ScanService.Synthetic.Sources;

namespace ScanService.Synthetic.Output;

/// <summary>
/// Streams rows to a UTF-8 CSV file (no BOM, RFC 4180 quoting: only values holding a comma, quote or line break
/// are quoted). Rows are written as they are made, so memory does not grow with the file.
/// </summary>
internal sealed class CsvRowWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StreamWriter _writer;

    public CsvRowWriter(string path, bool crLf = false)
    {
        _writer = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = crLf ? "\r\n" : "\n" };
    }

    public void WriteRow(IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            WriteValue(values[i]);
        }

        _writer.WriteLine();
    }

    public void WriteRow(Column[] columns, RecordDraft draft)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            WriteValue(draft[columns[i]]);
        }

        _writer.WriteLine();
    }

    public void Dispose() => _writer.Dispose();

    private void WriteValue(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
