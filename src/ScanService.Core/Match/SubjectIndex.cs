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

    /// <summary>Adds the subjects filed under any of the keys; <paramref name="keys"/> is scratch space.</summary>
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
