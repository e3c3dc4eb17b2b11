using ScanService.Match.Blocking;
using ScanService.Model;

namespace ScanService.Match;

/// <summary>
/// The subjects filed under each blocker's keys. A record is compared only with subjects that share a key on a
/// blocker its rule uses, so cost grows with the data, not with its square.
/// </summary>
public sealed class SubjectIndex
{
    private readonly Dictionary<string, Dictionary<string, int[]>> _byBlocker = new(StringComparer.Ordinal);

    public SubjectIndex(IReadOnlyList<Subject> subjects)
    {
        Subjects = subjects;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var blocker in BlockerCatalog.All)
        {
            var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < subjects.Count; i++)
            {
                keys.Clear();
                blocker.AddKeys(subjects[i], keys);
                foreach (var key in keys)
                {
                    if (!lists.TryGetValue(key, out var list))
                    {
                        lists[key] = list = [];
                    }

                    list.Add(i);
                }
            }

            _byBlocker[blocker.Name] = lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
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
            if (index.TryGetValue(key, out var subjects))
            {
                candidates.AddRange(subjects);
            }
        }
    }
}
