namespace ScanService.Normalise;

/// <summary>
/// Folded address tokens joined by single spaces, as <c>string.Join(' ', tokens)</c> would, but written into one
/// buffer per thread and handed out as the thread's shared string for that text (<see cref="AddressWords"/>).
/// Streets, towns and building names repeat across a night, so most joins find their string already made instead
/// of building a token list, a split array and a new string for every address.
/// </summary>
internal ref struct FoldedTokens
{
    [ThreadStatic]
    private static char[]? _shared;

    private char[] _buffer;
    private int _length;
    private int _count;

    public FoldedTokens() => _buffer = _shared ??= new char[128];

    /// <summary>Adds each space-separated token of a folded word, "st" read as "saint".</summary>
    public void AddPlaceTokens(string folded)
    {
        var rest = folded.AsSpan();
        while (true)
        {
            var space = rest.IndexOf(' ');
            var token = space < 0 ? rest : rest[..space];
            Add(token is "st" ? "saint" : token);
            if (space < 0)
            {
                return;
            }

            rest = rest[(space + 1)..];
        }
    }

    public void Add(ReadOnlySpan<char> token)
    {
        var needed = _length + (_count > 0 ? 1 : 0) + token.Length;
        if (needed > _buffer.Length)
        {
            var larger = new char[Math.Max(needed, _buffer.Length * 2)];
            _buffer.AsSpan(0, _length).CopyTo(larger);
            _buffer = _shared = larger;
        }

        if (_count > 0)
        {
            _buffer[_length++] = ' ';
        }

        token.CopyTo(_buffer.AsSpan(_length));
        _length += token.Length;
        _count++;
    }

    /// <summary>The joined text; null when no token was added.</summary>
    public readonly string? ToShared() => _count == 0 ? null : AddressWords.Word(_buffer.AsSpan(0, _length));
}
