namespace ScanService.Synthetic.Randomness;

/// <summary>
/// SplitMix64 finaliser. Derives independent seeds for parallel streams and stable per-place facts (how long a
/// street is, whether a building holds flats) without <see cref="HashCode"/>, whose values change per process.
/// </summary>
internal static class SeedMixer
{
    public static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    public static ulong Mix(ulong a, ulong b) => Mix(Mix(a) ^ b);

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b) ^ c);

    public static ulong Mix(ulong a, ulong b, ulong c, ulong d) => Mix(Mix(a, b, c) ^ d);

    /// <summary>A seed for <see cref="Random"/> derived from the run's seed and a stream number.</summary>
    public static int StreamSeed(int seed, int stream) => (int)(Mix((ulong)(uint)seed, (ulong)stream + 1) & 0x7FFF_FFFF);
}
