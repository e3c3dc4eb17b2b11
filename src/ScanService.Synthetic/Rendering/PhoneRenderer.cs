using ScanService.Synthetic.Phones;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Rendering;

/// <summary>Writes phone numbers in every common form, including the ones spreadsheets damage.</summary>
internal static class PhoneRenderer
{
    private static readonly string[] Separators = ["; ", "; ", "; ", ";", " ; "];

    public static string Render(IReadOnlyList<PhoneNumber> numbers, PhoneStyle style, Random random, MessTally? tally)
    {
        if (numbers.Count == 0)
        {
            return string.Empty;
        }

        if (numbers.Count == 1)
        {
            return One(numbers[0], style, random, tally);
        }

        tally?.Add(MessKind.PhoneSeveralNumbers);
        var separator = random.Pick(Separators);
        var written = new string[numbers.Count];
        for (var i = 0; i < written.Length; i++)
        {
            written[i] = One(numbers[i], style, random, tally);
        }

        return string.Join(separator, written);
    }

    public static string One(PhoneNumber number, PhoneStyle style, Random random, MessTally? tally)
    {
        if (!number.IsUk)
        {
            return Foreign(number, random);
        }

        var national = number.National;
        if (random.Chance(style.LostZero) && national[1] is '1' or '2' or '7')
        {
            tally?.Add(MessKind.PhoneLostLeadingZero);
            return national[1..];
        }

        var format = (PhoneFormat)random.PickIndex(style.Formats);
        if (format is PhoneFormat.InternationalSpaced or PhoneFormat.E164 or PhoneFormat.InternationalTrunk or PhoneFormat.DoubleZero)
        {
            tally?.Add(MessKind.PhoneInternationalForm);
        }

        var length = number.DiallingCodeLength;
        var code = national[..length];
        var rest = Group(national[length..]);
        return format switch
        {
            PhoneFormat.Compact => national,
            PhoneFormat.Dashed => code + "-" + (rest.Length == 6 ? $"{rest[..3]}-{rest[3..]}" : rest.Replace(' ', '-')),
            PhoneFormat.InternationalSpaced => $"+44 {code[1..]} {rest}",
            PhoneFormat.E164 => "+44" + national[1..],
            PhoneFormat.InternationalTrunk => $"+44 (0){code[1..]} {rest}",
            PhoneFormat.DoubleZero => $"0044 {code[1..]} {rest}",
            PhoneFormat.Bracketed => $"({code}) {rest}",
            PhoneFormat.OddGrouping => OddGrouping(national, length),
            _ => $"{code} {rest}",
        };
    }

    /// <summary>The subscriber part grouped as people say it: 900123, 496 0588, 7946 0321.</summary>
    private static string Group(string subscriber) => subscriber.Length switch
    {
        7 => $"{subscriber[..3]} {subscriber[3..]}",
        8 => $"{subscriber[..4]} {subscriber[4..]}",
        _ => subscriber,
    };

    /// <summary>Groupings that are wrong but common: 07700 900 123, 0207 946 0321, 0113 4960588.</summary>
    private static string OddGrouping(string national, int codeLength) => codeLength switch
    {
        5 => $"{national[..5]} {national[5..8]} {national[8..]}",
        3 => $"{national[..4]} {national[4..7]} {national[7..]}",
        _ => $"{national[..4]} {national[4..]}",
    };

    private static string Foreign(PhoneNumber number, Random random)
    {
        var n = number.National;
        var spaced = $"{n[..3]} {n[3..6]} {n[6..]}";
        var roll = random.NextDouble();
        return roll < 0.6 ? $"+{number.CountryCode} {spaced}"
            : roll < 0.85 ? $"+{number.CountryCode}{n}"
            : $"00{number.CountryCode} {spaced}";
    }
}
