using System.Globalization;
using ScanService.Synthetic.Names;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Phones;

/// <summary>
/// Hands out phone numbers so that a record shares a number with a subject only when the generator means it to.
/// </summary>
/// <remarks>
/// The partition: in every Ofcom drama range (20 ranges, 20,000 numbers) the numbers ending 000–699 belong
/// to subjects of investigations, and so to the true links that carry them, and are handed out without
/// replacement; the numbers ending 700–999 are everybody else's and are reused freely, since a million records
/// cannot have a million distinct drama numbers. Foreign numbers are fake, +CC X00 0NN NNN (the all-zero middle
/// marks them as invented): NN NNN below 50,000 for subjects, 50,000 and above for everyone else. Once a range's
/// subject share is used up, subjects get another range, then a foreign number.
/// </remarks>
internal sealed class PhoneBook
{
    public const int SubjectSuffixes = 700;
    private const int ForeignSubjectLimit = 50_000;
    private const int ForeignSpace = 100_000;

    private readonly IReadOnlyList<DramaRange> _ranges;
    private readonly int[][] _freeSubjectSuffixes;
    private readonly int[] _used;
    private int _handedOut;
    private readonly Dictionary<string, int> _byCode;
    private readonly DramaRange[] _personal;
    private readonly Dictionary<string, HashSet<int>> _foreignUsed = new(StringComparer.Ordinal);

    public PhoneBook(IReadOnlyList<DramaRange> ranges, Random random)
    {
        _ranges = ranges;
        _freeSubjectSuffixes = [.. ranges.Select(_ =>
        {
            var suffixes = Enumerable.Range(0, SubjectSuffixes).ToArray();
            random.Shuffle(suffixes);
            return suffixes;
        })];
        _used = new int[ranges.Count];
        _byCode = ranges.Select((r, i) => (r.DiallingCode, i)).ToDictionary(x => x.DiallingCode, x => x.i, StringComparer.Ordinal);
        _personal = [.. ranges.Where(r => r.IsPersonal)];
        Mobile = ranges.Single(r => r.IsMobile);
    }

    public DramaRange Mobile { get; }

    public IReadOnlyList<DramaRange> Ranges => _ranges;

    /// <summary>
    /// A fresh subject number: mostly a mobile while any are left, else the town's landline range, else any
    /// personal range with numbers left (businesses prefer the freephone, premium and UK-wide ranges); null when
    /// every subject share is used up.
    /// </summary>
    public PhoneNumber? AllocateSubjectUk(Random random, string? townDiallingCode, bool business)
    {
        if (_handedOut == _ranges.Count * SubjectSuffixes)
        {
            return null;
        }

        var wantsMobile = !business && random.Chance(0.7);
        var rotation = random.Next(_ranges.Count);
        foreach (var index in Preference(wantsMobile ? Mobile.DiallingCode : null, townDiallingCode, business, rotation))
        {
            if (_used[index] < SubjectSuffixes)
            {
                _handedOut++;
                return _ranges[index].At(_freeSubjectSuffixes[index][_used[index]++]);
            }
        }

        return null;
    }

    /// <returns>A fresh fake number of the person's country; null once its 50,000 subject numbers are all used.</returns>
    public PhoneNumber? AllocateSubjectForeign(Random random, Culture culture)
    {
        var code = culture.PhoneCountryCode ?? "40";
        if (!_foreignUsed.TryGetValue(code, out var used))
        {
            _foreignUsed[code] = used = [];
        }

        if (used.Count == ForeignSubjectLimit)
        {
            return null;
        }

        var suffix = random.Next(ForeignSubjectLimit);
        while (!used.Add(suffix))
        {
            suffix = (suffix + 7919) % ForeignSubjectLimit;
        }

        return Foreign(code, culture.PhoneLeadingDigit, suffix);
    }

    /// <summary>A number from the shared (non-subject) part of the ranges; reuse between unrelated people is fine.</summary>
    public PhoneNumber BackgroundUk(Random random, string? townDiallingCode)
    {
        var roll = random.NextDouble();
        var range = roll < 0.6 ? Mobile
            : roll < 0.9 && townDiallingCode is not null && _byCode.TryGetValue(townDiallingCode, out var town) ? _ranges[town]
            : random.Pick(_personal);
        return range.At(SubjectSuffixes + random.Next(DramaRange.Size - SubjectSuffixes));
    }

    public PhoneNumber BackgroundForeign(Random random, Culture culture) =>
        Foreign(culture.PhoneCountryCode ?? "40", culture.PhoneLeadingDigit, ForeignSubjectLimit + random.Next(ForeignSpace - ForeignSubjectLimit));

    /// <summary>Every number one digit away in the varying tail (last 3 digits of a UK number, last 5 of a foreign one).</summary>
    public static IEnumerable<PhoneNumber> OneDigitOff(PhoneNumber number)
    {
        var tail = number.IsUk ? 3 : 5;
        var chars = number.National.ToCharArray();
        for (var position = chars.Length - tail; position < chars.Length; position++)
        {
            var original = chars[position];
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == original)
                {
                    continue;
                }

                chars[position] = digit;
                yield return number with { National = new string(chars) };
            }

            chars[position] = original;
        }
    }

    private IEnumerable<int> Preference(string? first, string? town, bool business, int rotation)
    {
        if (first is not null && _byCode.TryGetValue(first, out var preferred))
        {
            yield return preferred;
        }

        if (!business && town is not null && _byCode.TryGetValue(town, out var local))
        {
            yield return local;
        }

        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < _ranges.Count; i++)
            {
                var index = (i + rotation) % _ranges.Count;
                if ((_ranges[index].IsPersonal != business) == (pass == 0))
                {
                    yield return index;
                }
            }
        }
    }

    private static PhoneNumber Foreign(string countryCode, char leadingDigit, int suffix) =>
        new(countryCode, leadingDigit + "000" + suffix.ToString("D5", CultureInfo.InvariantCulture), 0);
}
