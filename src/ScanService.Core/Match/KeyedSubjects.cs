using System.Numerics;
using System.Runtime.InteropServices;
using ScanService.Match.Blocking;
using ScanService.Model;

namespace ScanService.Match;

/// <summary>The subjects filed under each key of one blocker, each key's in subject order.</summary>
/// <remarks>
/// Built in flat arrays — each filing points to the key's previous one — rather than a growing list per key, then
/// cut into one exact array per key: a national night has millions of keys, and a list object for each, thrown away
/// after, kept the garbage collector busier than filing them.
/// Looked up by a 64-bit hash of the key's text in one open-addressed table (a record's keys are looked up as text
/// in a reused buffer, never made into strings); a hash found is confirmed against the key's text, so a key finds
/// exactly the subjects filed under it.
/// </remarks>
internal sealed class KeyedSubjects
{
    private readonly ulong[] _hashes;
    private readonly int[] _ids;
    private readonly int _mask;
    private readonly ulong _hashBits;
    private readonly string[] _keys;
    private readonly int[][] _subjects;

    private KeyedSubjects(string[] keys, int[][] subjects, int hashBits)
    {
        _keys = keys;
        _subjects = subjects;
        _hashBits = hashBits >= 64 ? ulong.MaxValue : (1UL << hashBits) - 1;
        // At most half full: a key not filed (most of a record's) is known absent after a probe or two.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _hashes = new ulong[capacity];
        _ids = new int[capacity];
        _mask = capacity - 1;
        for (var id = 0; id < keys.Length; id++)
        {
            var hash = Hash(keys[id]);
            var slot = (int)hash & _mask;
            while (_hashes[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hash;
            _ids[slot] = id;
        }
    }

    /// <summary>How many distinct keys are filed.</summary>
    public int Count => _keys.Length;

    public bool TryGet(string key, out int[] subjects) => TryGet(key.AsSpan(), out subjects);

    public bool TryGet(ReadOnlySpan<char> key, out int[] subjects)
    {
        var hash = Hash(key);
        for (var slot = (int)hash & _mask; _hashes[slot] != 0; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && key.SequenceEqual(_keys[_ids[slot]]))
            {
                subjects = _subjects[_ids[slot]];
                return true;
            }
        }

        subjects = [];
        return false;
    }

    /// <param name="hashBits">Fewer than 64 only in tests, to make keys share hashes.</param>
    public static KeyedSubjects Build(IBlocker blocker, IReadOnlyList<Subject> subjects, int hashBits = 64)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var writer = new CollectingKeyWriter(keys);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var latest = new List<int>();
        var counts = new List<int>();
        var previous = new List<int>();
        var filed = new List<int>();
        for (var i = 0; i < subjects.Count; i++)
        {
            keys.Clear();
            blocker.WriteKeys(subjects[i], writer);
            foreach (var key in keys)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out var known);
                if (!known)
                {
                    id = latest.Count;
                    latest.Add(-1);
                    counts.Add(0);
                }

                previous.Add(latest[id]);
                filed.Add(i);
                latest[id] = filed.Count - 1;
                counts[id]++;
            }
        }

        var byId = new int[latest.Count][];
        for (var id = 0; id < byId.Length; id++)
        {
            var list = new int[counts[id]];
            for (int at = latest[id], k = list.Length - 1; at >= 0; at = previous[at], k--)
            {
                list[k] = filed[at];
            }

            byId[id] = list;
        }

        var keyOf = new string[ids.Count];
        foreach (var (key, id) in ids)
        {
            keyOf[id] = key;
        }

        return new KeyedSubjects(keyOf, byId, hashBits);
    }

    private ulong Hash(ReadOnlySpan<char> key) => Math.Max(1, KeyHash.Of(key) & _hashBits);
}
