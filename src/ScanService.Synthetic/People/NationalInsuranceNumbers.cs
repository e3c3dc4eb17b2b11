using System.Globalization;
using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.People;

/// <summary>
/// Every synthetic adult has a national insurance number. All use the prefix QQ, which HMRC reserves for
/// specimens and never issues, so no generated number can be a real person's. Derived from the person (not
/// drawn from the night's random stream) so that adding identifiers leaves every other generated value alone.
/// </summary>
internal static class NationalInsuranceNumbers
{
    private const string Suffixes = "ABCD";

    public static string For(Person person)
    {
        var mix = SeedMixer.Mix((ulong)person.DateOfBirth.DayNumber, (ulong)person.EmailNumber, Fingerprint(person.Name.ToString()));
        var digits = (int)(mix % 1_000_000);
        return "QQ" + digits.ToString("D6", CultureInfo.InvariantCulture) + Suffixes[(int)((mix >> 32) % 4)];
    }

    /// <summary>
    /// Whether the unit's own records hold the subject's number: most suspects have been through police and
    /// DWP checks; many victims are newly arrived and unknown to either.
    /// </summary>
    public static bool KnownFor(Subject subject)
    {
        var percent = subject.MainRole switch
        {
            SubjectRole.Suspect => 55,
            SubjectRole.Associate => 35,
            _ => 20,
        };
        return SeedMixer.Mix((ulong)subject.Id, 0x4E49UL) % 100 < (ulong)percent;
    }

    /// <summary>As a clerk writes it: spaced in pairs, run together, or in lower case; sometimes with one slip.</summary>
    public static string Render(string number, double slip, Random random)
    {
        if (random.Chance(slip))
        {
            number = WithSlip(number, random);
        }

        return random.Next(3) switch
        {
            0 => number,
            1 => $"{number[..2]} {number[2..4]} {number[4..6]} {number[6..8]} {number[8..]}",
            _ => number.ToLowerInvariant(),
        };
    }

    /// <summary>One digit keyed wrongly, or two neighbouring digits swapped.</summary>
    private static string WithSlip(string number, Random random)
    {
        var chars = number.ToCharArray();
        var at = random.Between(2, 6);
        if (random.Chance(0.5) && chars[at] != chars[at + 1])
        {
            (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        }
        else
        {
            chars[at] = (char)('0' + ((chars[at] - '0' + random.Between(1, 9)) % 10));
        }

        return new string(chars);
    }

    private static ulong Fingerprint(string text)
    {
        var value = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            value = (value ^ c) * 0x100000001B3UL;
        }

        return value;
    }
}
