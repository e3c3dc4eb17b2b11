namespace ScanService.Synthetic.Randomness;

/// <summary>Items drawn with probability proportional to their weight (binary search over cumulative weights).</summary>
internal sealed class WeightedPool<T>
    where T : notnull
{
    private readonly T[] _items;
    private readonly double[] _cumulative;
    private readonly Dictionary<T, int> _ranks;

    public WeightedPool(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("a weighted pool needs at least one item with a positive weight", nameof(entries));
        }

        _items = new T[list.Count];
        _cumulative = new double[list.Count];
        double total = 0;
        for (var i = 0; i < list.Count; i++)
        {
            _items[i] = list[i].Item;
            total += list[i].Weight;
            _cumulative[i] = total;
        }

        _ranks = new Dictionary<T, int>(_items.Length);
        for (var i = _items.Length - 1; i >= 0; i--)
        {
            _ranks[_items[i]] = i;
        }
    }

    public int Count => _items.Length;

    public IReadOnlyList<T> Items => _items;

    public double TotalWeight => _cumulative[^1];

    /// <summary>The probability of drawing item <paramref name="index"/>.</summary>
    public double Share(int index) => (_cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1])) / TotalWeight;

    /// <summary>The item's position in the pool (lists are written most common first), or -1.</summary>
    public int RankOf(T item) => _ranks.GetValueOrDefault(item, -1);

    public T Pick(Random random)
    {
        var x = random.NextDouble() * TotalWeight;
        var index = Array.BinarySearch(_cumulative, x);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
