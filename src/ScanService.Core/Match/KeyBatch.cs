using ScanService.Match.Blocking;

namespace ScanService.Match;

/// <summary>
/// A record's blocking keys, written by its blockers and then looked up together: each key's home slot is read in one
/// pass, the filings those slots point to in a second, and the key texts confirmed in a third. Looked up one by one,
/// each key waited on a cache miss in a table of millions of slots before the next key was even written; read in
/// passes, the misses of a record's few dozen keys overlap. A key finds exactly what
/// <see cref="KeyedSubjects.TryGet(ReadOnlySpan{char}, out int[])"/> finds.
/// </summary>
internal sealed class KeyBatch : KeyWriter
{
    private char[] _text = new char[1024];
    private Key[] _keys = new Key[64];
    private KeyedSubjects.Filed[] _filed = new KeyedSubjects.Filed[64];
    private int[][] _found = new int[64][];
    private int _textLength;

    /// <summary>How many keys have been written since <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The index the keys written next are looked up in.</summary>
    public KeyedSubjects? Index { get; set; }

    public void Clear()
    {
        Count = 0;
        _textLength = 0;
    }

    /// <summary>The subjects filed under key <paramref name="key"/> (in writing order), empty when none: after <see cref="Resolve"/>.</summary>
    public int[] Found(int key) => _found[key];

    /// <summary>Looks every key written since <see cref="Clear"/> up in its index.</summary>
    public void Resolve()
    {
        var keys = _keys.AsSpan(0, Count);
        // Pass 1: the home slots, independent loads.
        foreach (ref var key in keys)
        {
            key.Slot = key.Index.SlotAt(key.Home);
        }

        // Pass 2: the filings of the slots whose check matches, independent loads again.
        for (var k = 0; k < keys.Length; k++)
        {
            ref readonly var key = ref keys[k];
            _filed[k] = key.Slot.IdPlusOne != 0 && key.Slot.Check == KeyedSubjects.CheckOf(key.Hash) ? key.Index.FiledOf(key.Slot) : default;
        }

        // Pass 3: the texts confirmed; a key whose home slot holds another key probes on as a lookup alone would.
        for (var k = 0; k < keys.Length; k++)
        {
            ref readonly var key = ref keys[k];
            var text = _text.AsSpan(key.Start, key.Length);
            if (key.Slot.IdPlusOne == 0)
            {
                _found[k] = [];
            }
            else if (_filed[k].Key is { } filed && text.SequenceEqual(filed))
            {
                _found[k] = _filed[k].Subjects;
            }
            else
            {
                key.Index.TryGetFrom(key.Home, key.Hash, text, out _found[k]);
            }
        }
    }

    protected override void Take(ReadOnlySpan<char> key)
    {
        var index = Index!;
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _filed, Count * 2);
            Array.Resize(ref _found, Count * 2);
        }

        if (_textLength + key.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + key.Length));
        }

        key.CopyTo(_text.AsSpan(_textLength));
        var hash = index.HashOf(BlockingKeyHash.Of(key));
        _keys[Count++] = new Key(index, hash, index.Home(hash), _textLength, key.Length);
        _textLength += key.Length;
    }

    private struct Key(KeyedSubjects index, ulong hash, int home, int start, int length)
    {
        public readonly KeyedSubjects Index = index;
        public readonly ulong Hash = hash;
        public readonly int Home = home;
        public readonly int Start = start;
        public readonly int Length = length;
        public KeyedSubjects.Slot Slot;
    }
}
