using System.Collections.Concurrent;
using ScanService.Match.Blocking;
using ScanService.Model;

namespace ScanService.Match;

/// <summary>
/// The subjects filed under each blocker's keys. A record is compared only with subjects that share a key on a
/// blocker its rule uses, so cost grows with the data, not with its square.
/// </summary>
public sealed class SubjectIndex
{
    private readonly Dictionary<string, KeyedSubjects> _byBlocker = new(StringComparer.Ordinal);

    public SubjectIndex(IReadOnlyList<Subject> subjects)
    {
        Subjects = subjects;
        // Each blocker's keys are filed by one thread in subject order, so the index is the same whatever the
        // number of threads; the blockers share the cores (the name blockers, the largest, are handed out first).
        var blockers = BlockerCatalog.All.OrderByDescending(b => b is NameYearBlocker or NameBirthdayBlocker or NameStreetBlocker).ToArray();
        var indexes = new KeyedSubjects[blockers.Length];
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, blockers.Length), EnumerablePartitionerOptions.NoBuffering),
            b => indexes[b] = KeyedSubjects.Build(blockers[b], subjects));
        for (var b = 0; b < blockers.Length; b++)
        {
            _byBlocker[blockers[b].Name] = indexes[b];
        }
    }

    public IReadOnlyList<Subject> Subjects { get; }

    /// <summary>The subjects filed under the blocker's keys.</summary>
    internal KeyedSubjects KeysOf(IBlocker blocker) => _byBlocker[blocker.Name];

    /// <summary>
    /// Adds the subjects filed under any of the record's keys. <paramref name="lookup"/> is one thread's: it looks
    /// each key up as it is written and adds to its <see cref="CandidateKeys.Candidates"/>.
    /// </summary>
    /// <remarks>
    /// The match looks a record's keys up together (<see cref="KeyBatch"/>), which overlaps their cache misses; this
    /// one-key-at-a-time lookup is kept as the reference the batch is tested against.
    /// </remarks>
    public void AddCandidates(IBlocker blocker, PersonRecord record, CandidateKeys lookup)
    {
        lookup.Index = _byBlocker[blocker.Name];
        blocker.WriteKeys(record, lookup);
    }

    /// <summary>
    /// As <see cref="AddCandidates(IBlocker, PersonRecord, CandidateKeys)"/>, with the keys first made into strings
    /// in <paramref name="keys"/> (scratch space): the slow way round, kept to check the fast one against.
    /// </summary>
    public void AddCandidates(IBlocker blocker, PersonRecord record, HashSet<string> keys, CandidateSet candidates)
    {
        keys.Clear();
        blocker.AddKeys(record, keys);
        var index = _byBlocker[blocker.Name];
        foreach (var key in keys)
        {
            if (index.TryGet(key, out var subjects))
            {
                candidates.AddRange(subjects);
            }
        }
    }
}

/// <summary>
/// Looks a record's keys up as a blocker writes them, adding the subjects filed under each to a candidate set: the
/// reference <see cref="KeyBatch"/> is tested against.
/// </summary>
public sealed class CandidateKeys(CandidateSet candidates) : KeyWriter
{
    public CandidateSet Candidates { get; } = candidates;

    internal KeyedSubjects? Index { get; set; }

    protected override void Take(ReadOnlySpan<char> key)
    {
        if (Index!.TryGet(key, out var subjects))
        {
            Candidates.AddRange(subjects);
        }
    }
}
