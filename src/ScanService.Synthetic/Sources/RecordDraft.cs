namespace ScanService.Synthetic.Sources;

/// <summary>The values of one row being built; reused row after row to keep allocation down.</summary>
internal sealed class RecordDraft
{
    private readonly string[] _values = new string[Columns.Count];

    public RecordDraft() => Clear();

    public string this[Column column]
    {
        get => _values[(int)column];
        set => _values[(int)column] = value;
    }

    public void Clear() => Array.Fill(_values, string.Empty);

    public bool HasAnyOf(params ReadOnlySpan<Column> columns)
    {
        foreach (var column in columns)
        {
            if (_values[(int)column].Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
