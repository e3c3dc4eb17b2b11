using System.Text;

namespace ScanService.Digest.Rendering;

/// <summary>A fixed-width plain-text table: text columns left-aligned, number columns right-aligned.</summary>
internal sealed class TextTable
{
    private const string Gap = "  ";

    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    public TextTable(params (string Header, bool RightAligned)[] columns)
    {
        _headers = columns.Select(c => c.Header).ToArray();
        _rightAligned = columns.Select(c => c.RightAligned).ToArray();
    }

    public void Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public int Width => ColumnWidths().Sum() + Gap.Length * (_headers.Length - 1);

    public void AppendTo(StringBuilder output, string indent, string newLine)
    {
        var widths = ColumnWidths();
        AppendRow(output, indent, _headers, widths, newLine);
        foreach (var row in _rows)
        {
            AppendRow(output, indent, row, widths, newLine);
        }
    }

    private int[] ColumnWidths() =>
        _headers.Select((header, i) => _rows.Select(r => r[i].Length).Append(header.Length).Max()).ToArray();

    private void AppendRow(StringBuilder output, string indent, string[] cells, int[] widths, string newLine)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append(Gap);
            line.Append(_rightAligned[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        output.Append(line.ToString().TrimEnd()).Append(newLine);
    }
}
