namespace ScanService.Storage.Rows;

/// <summary>
/// Strings many rows repeat, kept once: looked up by their characters, so a repeat is never made into a string of
/// its own. Bounded, so that values which do not repeat stop being kept once the limit is reached.
/// </summary>
internal sealed class SharedText(int limit)
{
    private readonly Dictionary<string, string> _kept = new(StringComparer.Ordinal);

    public string Of(ReadOnlySpan<char> text)
    {
        var lookup = _kept.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var kept))
        {
            return kept;
        }

        var made = new string(text);
        if (_kept.Count < limit)
        {
            _kept.Add(made, made);
        }

        return made;
    }

    public string Of(string text)
    {
        if (_kept.TryGetValue(text, out var kept))
        {
            return kept;
        }

        if (_kept.Count < limit)
        {
            _kept.Add(text, text);
        }

        return text;
    }
}
