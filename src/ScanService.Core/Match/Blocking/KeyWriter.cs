using System.Globalization;

namespace ScanService.Match.Blocking;

/// <summary>
/// Where a blocker writes its keys: each key is put together in one reused buffer and handed on as text, so that
/// looking a record's keys up allocates nothing (a national night makes tens of millions of them). What is done
/// with a key — filed as a string, or looked up in the subject index — is up to the writer.
/// </summary>
public abstract class KeyWriter
{
    private char[] _text = new char[64];

    /// <summary>How many characters the key being written has so far: a mark to go back to with <see cref="Cut"/>.</summary>
    public int Length { get; private set; }

    /// <summary>Starts a new key.</summary>
    public KeyWriter Start()
    {
        Length = 0;
        return this;
    }

    /// <summary>Goes back to an earlier <see cref="Length"/>: keys sharing a beginning write it once.</summary>
    public KeyWriter Cut(int length)
    {
        Length = length;
        return this;
    }

    public KeyWriter Append(char c)
    {
        Room(1)[0] = c;
        Length++;
        return this;
    }

    public KeyWriter Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Room(text.Length));
        Length += text.Length;
        return this;
    }

    /// <summary>Appends the number with at least <paramref name="digits"/> digits (as <c>{value:0000}</c> writes it).</summary>
    public KeyWriter Append(int value, int digits)
    {
        Span<char> format = stackalloc char[digits];
        format.Fill('0');
        int written;
        while (!value.TryFormat(Room(11 + digits), out written, format, CultureInfo.InvariantCulture))
        {
            Room(_text.Length);
        }

        Length += written;
        return this;
    }

    /// <summary>Hands on the key written since <see cref="Start"/>.</summary>
    public void End() => Take(_text.AsSpan(0, Length));

    protected abstract void Take(ReadOnlySpan<char> key);

    private Span<char> Room(int needed)
    {
        if (Length + needed > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, Length + needed));
        }

        return _text.AsSpan(Length);
    }
}

/// <summary>Keeps each key as a string: for filing subjects, and for tests that look at the keys themselves.</summary>
internal sealed class CollectingKeyWriter(ICollection<string> keys) : KeyWriter
{
    protected override void Take(ReadOnlySpan<char> key) => keys.Add(new string(key));
}
