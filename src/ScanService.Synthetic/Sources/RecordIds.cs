using System.Globalization;

namespace ScanService.Synthetic.Sources;

/// <summary>
/// Record ids in the source's own style (NRM-26-041203, DWP-UC-5281917), unique within the file and in no
/// particular order, as exports sorted by some other column arrive.
/// </summary>
internal sealed class RecordIds
{
    private readonly string _prefix;
    private readonly string _format;
    private readonly long _modulus;
    private readonly long _multiplier;
    private readonly long _offset;
    private readonly long _base;

    public RecordIds(SourceProfile profile, int count, Random random)
    {
        // i -> (a*i + b) mod 10^d is a bijection when a shares no factor with 10, so ids never repeat.
        var digits = Math.Max(profile.IdDigits, ((long)count * 4).ToString(CultureInfo.InvariantCulture).Length);
        _modulus = (long)Math.Pow(10, digits - 1) * 9;
        _multiplier = Coprime(random.NextInt64(_modulus / 3, _modulus));
        _offset = random.NextInt64(_modulus);
        _base = (long)Math.Pow(10, digits - 1);
        _prefix = profile.IdPrefix;
        _format = "D" + digits.ToString(CultureInfo.InvariantCulture);
    }

    public string For(int index)
    {
        var value = _base + (_multiplier * index + _offset) % _modulus;
        return _prefix + value.ToString(_format, CultureInfo.InvariantCulture);
    }

    private long Coprime(long candidate)
    {
        while (Gcd(candidate, _modulus) != 1)
        {
            candidate++;
        }

        return candidate;
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
