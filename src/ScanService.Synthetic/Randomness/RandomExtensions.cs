namespace ScanService.Synthetic.Randomness;

/// <summary>Small helpers over <see cref="Random"/>; every draw goes through the seeded generator so output is reproducible.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) =>
        probability > 0 && (probability >= 1 || random.NextDouble() < probability);

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A whole number in [min, max], both inclusive.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    /// <summary>Picks an index by weight; weights need not sum to one.</summary>
    public static int PickIndex(this Random random, ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var x = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
