namespace ScanService.Synthetic.Rendering;

/// <summary>How often one source's names suffer each kind of mess, and how it cases them.</summary>
internal sealed record NameMess
{
    public double Variant { get; init; } = 0.1;

    public double Nickname { get; init; } = 0.06;

    public double Typo { get; init; } = 0.05;

    public double DropDiacritics { get; init; } = 0.6;

    public double Swap { get; init; } = 0.04;

    /// <summary>How often a middle name is kept; leaving it out is the norm in most systems.</summary>
    public double MiddleKept { get; init; } = 0.35;

    public double UpperSurname { get; init; } = 0.1;

    public double AllCaps { get; init; } = 0.04;

    /// <summary>The whole name typed into the forename (or surname) field, the other left empty.</summary>
    public double OneField { get; init; } = 0.015;

    /// <summary>A title before a full name (Mr, Mrs, Miss, Ms).</summary>
    public double Title { get; init; } = 0.03;
}

internal enum DobFormat
{
    Iso,
    DaySlashMonth,
    ShortDaySlashMonth,
    DayNamedMonth,
    DayDotMonth,
    Compact,
}

/// <summary>How one source writes dates of birth, how often it only has an estimate, and its slips.</summary>
internal sealed record DobStyle
{
    public DobFormat Primary { get; init; } = DobFormat.Iso;

    /// <summary>Share written in the primary format; the rest come from spreadsheets in any contract format.</summary>
    public double PrimaryShare { get; init; } = 0.85;

    public double Estimated { get; init; } = 0.04;

    /// <summary>Of the estimates, the share written as a bare year rather than 1 January.</summary>
    public double YearOnlyShare { get; init; } = 0.3;

    public double Transposed { get; init; } = 0.03;

    public double DigitOff { get; init; } = 0.025;

    public double YearOff { get; init; } = 0.02;
}

internal enum PhoneFormat
{
    Spaced,
    Compact,
    Dashed,
    InternationalSpaced,
    E164,
    InternationalTrunk,
    DoubleZero,
    Bracketed,
    OddGrouping,
}

internal sealed record PhoneStyle
{
    /// <summary>Weights by <see cref="PhoneFormat"/>.</summary>
    public double[] Formats { get; init; } = [40, 14, 6, 10, 6, 5, 5, 4, 6];

    /// <summary>A spreadsheet ate the leading zero (7700900123).</summary>
    public double LostZero { get; init; } = 0.05;

    public double Separator { get; init; }
}

internal sealed record AddressStyle
{
    public double Abbreviate { get; init; } = 0.3;

    public double Upper { get; init; } = 0.06;

    public double MultiLine { get; init; }

    public double TownShown { get; init; } = 0.88;

    public double Postcode { get; init; } = 0.85;

    /// <summary>Of the rows without a postcode column value, the share with the postcode inside the address text.</summary>
    public double PostcodeInText { get; init; } = 0.3;

    public double PostcodeOdd { get; init; } = 0.35;

    public double FlatDropped { get; init; } = 0.04;

    public double BusinessPrefix { get; init; } = 0.6;
}
