namespace ScanService.Synthetic.Rendering;

/// <summary>How many true-link records received each kind of mess (a record counts once per kind).</summary>
internal sealed class MessTally
{
    private readonly int[] _counts = new int[Enum.GetValues<MessKind>().Length];

    public int this[MessKind kind] => _counts[(int)kind];

    public void Add(MessKind kind) => _counts[(int)kind]++;

    public void Merge(MessTally other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
    }
}
