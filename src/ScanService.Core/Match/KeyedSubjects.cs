using System.Runtime.InteropServices;
using ScanService.Match.Blocking;
using ScanService.Model;

namespace ScanService.Match;

/// <summary>The subjects filed under each key of one blocker, each key's in subject order.</summary>
/// <remarks>
/// Built in flat arrays — each filing points to the key's previous one — rather than a growing list per key, then
/// cut into one exact array per key: a national night has millions of keys, and a list object for each, thrown away
/// after, kept the garbage collector busier than filing them.
/// </remarks>
internal sealed class KeyedSubjects
{
    private readonly Dictionary<string, int> _ids;
    private readonly int[][] _subjects;

    private KeyedSubjects(Dictionary<string, int> ids, int[][] subjects)
    {
        _ids = ids;
        _subjects = subjects;
    }

    public bool TryGet(string key, out int[] subjects)
    {
        if (_ids.TryGetValue(key, out var id))
        {
            subjects = _subjects[id];
            return true;
        }

        subjects = [];
        return false;
    }

    public static KeyedSubjects Build(IBlocker blocker, IReadOnlyList<Subject> subjects)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var latest = new List<int>();
        var counts = new List<int>();
        var previous = new List<int>();
        var filed = new List<int>();
        for (var i = 0; i < subjects.Count; i++)
        {
            keys.Clear();
            blocker.AddKeys(subjects[i], keys);
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

        return new KeyedSubjects(ids, byId);
    }
}
