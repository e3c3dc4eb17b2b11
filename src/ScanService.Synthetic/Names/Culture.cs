using ScanService.Synthetic.People;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Names;

/// <summary>A naming culture: its name pools with their frequency skew, its structure and its nationality labels.</summary>
internal sealed class Culture
{
    public required string Key { get; init; }

    public required NameStructure Structure { get; init; }

    /// <summary>Relative share of people of this culture in the synthetic population.</summary>
    public required double Population { get; init; }

    /// <summary>How records write the nationality (Albanian, Albania, ALB); the first is the usual one.</summary>
    public required WeightedPool<string> Nationalities { get; init; }

    /// <summary>Country calling code for the fake foreign numbers of this culture; null for British people.</summary>
    public string? PhoneCountryCode { get; init; }

    /// <summary>First digit of the fake national number (a mobile prefix of the country).</summary>
    public char PhoneLeadingDigit { get; init; } = '7';

    public double MiddleNameRate { get; init; }

    public double HyphenatedRate { get; init; }

    public double TwoGivenNamesRate { get; init; }

    /// <summary>Share of people whose official date of birth is 1 January (assigned when the real one was unknown).</summary>
    public double JanuaryFirstRate { get; init; }

    /// <summary>A devotional first name carried before the name a man is known by (Muhammad Imran), and how often.</summary>
    public NameEntry? MalePrefix { get; init; }

    public double MalePrefixRate { get; init; }

    public required WeightedPool<NameEntry> MaleGiven { get; init; }

    public required WeightedPool<NameEntry> FemaleGiven { get; init; }

    public WeightedPool<NameEntry>? MaleMiddle { get; init; }

    public WeightedPool<NameEntry>? FemaleMiddle { get; init; }

    /// <summary>Null for patronymic cultures, whose second and third names are fathers' given names.</summary>
    public WeightedPool<Surname>? Surnames { get; init; }

    public string MainNationality => Nationalities.Items[0];

    public WeightedPool<NameEntry> Given(Gender gender) => gender == Gender.Male ? MaleGiven : FemaleGiven;

    /// <summary>Middle names: a dedicated pool where the culture has one (Văn, Thị), else given names.</summary>
    public WeightedPool<NameEntry> Middle(Gender gender) =>
        (gender == Gender.Male ? MaleMiddle : FemaleMiddle) ?? Given(gender);

    public override string ToString() => Key;
}
