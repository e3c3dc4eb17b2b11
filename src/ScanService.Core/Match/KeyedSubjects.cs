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
    // One slot is the key's id (plus one: 0 is an empty slot) and a check taken from its hash: a probe reads one
    // small array, and only a matching check leads on to the key's text.
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly ulong _hashBits;
    private readonly Filed[] _filed;

    private KeyedSubjects(Filed[] filed, int hashBits)
    {
        _filed = filed;
        _hashBits = hashBits >= 64 ? ulong.MaxValue : (1UL << hashBits) - 1;
        // At most half full: a key not filed (most of a record's) is known absent after a probe or two.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, filed.Length * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var id = 0; id < filed.Length; id++)
        {
            var hash = Hash(filed[id].Key);
            var slot = (int)hash & _mask;
            while (_slots[slot].IdPlusOne != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(Check(hash), id + 1);
        }
    }

    /// <summary>How many distinct keys are filed.</summary>
    public int Count => _filed.Length;

    public bool TryGet(string key, out int[] subjects) => TryGet(key.AsSpan(), out subjects);

    public bool TryGet(ReadOnlySpan<char> key, out int[] subjects)
    {
        var hash = Hash(key);
        return TryGetFrom(Home(hash), hash, key, out subjects);
    }

    /// <summary>The key's hash as this index files it (<see cref="BlockingKeyHash.Of"/> cut to its hash bits).</summary>
    public ulong HashOf(ulong blockingKeyHash) => blockingKeyHash & _hashBits;

    /// <summary>The slot a key of this hash is looked for first.</summary>
    public int Home(ulong hash) => (int)hash & _mask;

    /// <summary>
    /// The slot's contents: <see cref="KeyBatch"/> reads the home slots of a record's keys together, so that their
    /// cache misses overlap instead of following one another.
    /// </summary>
    public Slot SlotAt(int slot) => _slots[slot];

    /// <summary>The key and subjects of a slot's filing (a slot that is not empty).</summary>
    public Filed FiledOf(in Slot slot) => _filed[slot.IdPlusOne - 1];

    /// <summary>As <see cref="TryGet(ReadOnlySpan{char}, out int[])"/>, probing from <paramref name="slot"/> (the key's home).</summary>
    public bool TryGetFrom(int slot, ulong hash, ReadOnlySpan<char> key, out int[] subjects)
    {
        var check = Check(hash);
        for (; _slots[slot].IdPlusOne != 0; slot = (slot + 1) & _mask)
        {
            if (_slots[slot].Check == check && _filed[_slots[slot].IdPlusOne - 1] is var filed && key.SequenceEqual(filed.Key))
            {
                subjects = filed.Subjects;
                return true;
            }
        }

        subjects = [];
        return false;
    }

    /// <summary>The check a slot holding a key of this hash carries.</summary>
    public static uint CheckOf(ulong hash) => Check(hash);

    public static KeyedSubjects Build(IBlocker blocker, IReadOnlyList<Subject> subjects, int hashBits = 64)
    {
        var filer = new Filer();
        for (var i = 0; i < subjects.Count; i++)
        {
            filer.Subject = i;
            blocker.WriteKeys(subjects[i], filer);
        }

        var (ids, latest, counts, previous, filings) = (filer.Ids, filer.Latest, filer.Counts, filer.Previous, filer.Filings);
        var byId = new int[latest.Count][];
        for (var id = 0; id < byId.Length; id++)
        {
            var list = new int[counts[id]];
            for (int at = latest[id], k = list.Length - 1; at >= 0; at = previous[at], k--)
            {
                list[k] = filings[at];
            }

            byId[id] = list;
        }

        var filed = new Filed[ids.Count];
        foreach (var (key, id) in ids)
        {
            filed[id] = new Filed(key, byId[id]);
        }

        return new KeyedSubjects(filed, hashBits);
    }

    /// <summary>
    /// Files each key a subject writes under its id, once per subject however often it is written: a key becomes a
    /// string only the first time any subject writes it.
    /// </summary>
    private sealed class Filer : KeyWriter
    {
        private readonly List<int> _lastSubject = [];

        public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

        public List<int> Latest { get; } = [];

        public List<int> Counts { get; } = [];

        public List<int> Previous { get; } = [];

        public List<int> Filings { get; } = [];

        public int Subject { get; set; }

        protected override void Take(ReadOnlySpan<char> key)
        {
            if (!Ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var id))
            {
                id = Latest.Count;
                Ids.Add(new string(key), id);
                Latest.Add(-1);
                Counts.Add(0);
                _lastSubject.Add(-1);
            }

            if (_lastSubject[id] == Subject)
            {
                return;
            }

            _lastSubject[id] = Subject;
            Previous.Add(Latest[id]);
            Filings.Add(Subject);
            Latest[id] = Filings.Count - 1;
            Counts[id]++;
        }
    }

    private ulong Hash(ReadOnlySpan<char> key) => BlockingKeyHash.Of(key) & _hashBits;

    // The slot number comes from the hash's low bits; the check from its high ones.
    private static uint Check(ulong hash) => (uint)(hash >> 32);

    /// <summary>One slot: a check taken from the key's hash, and the key's id plus one (0: empty).</summary>
    public readonly record struct Slot(uint Check, int IdPlusOne);

    /// <summary>A key and the subjects filed under it.</summary>
    public readonly record struct Filed(string Key, int[] Subjects);
}
