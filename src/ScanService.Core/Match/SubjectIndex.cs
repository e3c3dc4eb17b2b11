using ScanService.Match.Comparators;
using ScanService.Model;

namespace ScanService.Match;

/// <summary>
/// Blocking: for each comparable field, the subjects filed under each of their keys. A record is compared only
/// with subjects that share a key on a field its rule uses, so cost grows with the data, not with its square.
/// </summary>
public sealed class SubjectIndex
{
    private readonly Dictionary<string, Dictionary<string, List<int>>> _byField = new(StringComparer.Ordinal);

    public SubjectIndex(IReadOnlyList<Subject> subjects)
    {
        Subjects = subjects;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in ComparatorCatalog.Fields)
        {
            var comparator = ComparatorCatalog.Get(field);
            var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < subjects.Count; i++)
            {
                keys.Clear();
                comparator.AddBlockingKeys(subjects[i], keys);
                foreach (var key in keys)
                {
                    if (!index.TryGetValue(key, out var list))
                    {
                        index[key] = list = [];
                    }

                    list.Add(i);
                }
            }

            _byField[field] = index;
        }
    }

    public IReadOnlyList<Subject> Subjects { get; }

    /// <summary>Adds to <paramref name="candidates"/> the subjects filed under any of the keys for this field.</summary>
    public void AddCandidates(string field, IEnumerable<string> keys, HashSet<int> candidates)
    {
        var index = _byField[field];
        foreach (var key in keys)
        {
            if (index.TryGetValue(key, out var subjects))
            {
                candidates.UnionWith(subjects);
            }
        }
    }
}
