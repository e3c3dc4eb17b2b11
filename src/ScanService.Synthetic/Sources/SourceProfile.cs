using ScanService.Synthetic.People;
using ScanService.Synthetic.Rendering;

namespace ScanService.Synthetic.Sources;

internal enum SourceKind
{
    Nrm,
    LocalAuthority,
    Labour,
    Police,
    Benefit,
    Helpline,
}

internal enum RecordDateStyle
{
    Date,
    LocalDateTime,
    UtcDateTime,
    OffsetDateTime,
}

/// <summary>How often a source's rows carry each kind of detail about the person.</summary>
internal sealed record Presence(double Name, double Dob, double Phone, double SecondPhone, double Address, double Email, double Nationality, double Gender);

/// <summary>What a true link in this source looks like.</summary>
internal sealed record LinkMix
{
    /// <summary>Weights of who the record is about (see <see cref="Composition.Persona"/>).</summary>
    public required double[] Personas { get; init; }

    /// <summary>When the record is the subject: the chance it carries identity, their phone, their premises.</summary>
    public required double Person { get; init; }

    public required double Phone { get; init; }

    public required double Premises { get; init; }

    /// <summary>Weights of suspect, victim, associate among the subjects this source sees.</summary>
    public required double[] Roles { get; init; }
}

/// <summary>Everything that gives one partner export its flavour.</summary>
internal sealed record SourceProfile
{
    public required string Name { get; init; }

    public required SourceKind Kind { get; init; }

    /// <summary>Relative share of the night's records.</summary>
    public required double Share { get; init; }

    public required Column[] Columns { get; init; }

    public required string IdPrefix { get; init; }

    public required int IdDigits { get; init; }

    public bool CrLf { get; init; }

    public RecordDateStyle RecordDate { get; init; }

    public required Presence Presence { get; init; }

    public bool FullNameColumn => Columns.Contains(Column.FullName);

    /// <summary>Weights by <see cref="FullNameStyle"/> for sources that only have full_name.</summary>
    public double[] FullNameStyles { get; init; } = [40, 15, 15, 15, 5, 10];

    /// <summary>Of the rows that name someone, the share that give only a forename.</summary>
    public double ForenameOnly { get; init; }

    public NameMess Names { get; init; } = new();

    public DobStyle Dob { get; init; } = new();

    public PhoneStyle Phones { get; init; } = new();

    public AddressStyle Addresses { get; init; } = new();

    public AgeBand Ages { get; init; } = AgeBand.Adult;

    /// <summary>Of the rows about a person, the share giving their national insurance number (sources with the column).</summary>
    public double NiNumber { get; init; }

    /// <summary>Of the numbers given, the share with one keying slip.</summary>
    public double NiSlip { get; init; } = 0.03;

    public required LinkMix Links { get; init; }

    /// <summary>Weights by <see cref="Composition.DecoyKind"/>.</summary>
    public double[] Decoys { get; init; } = [20, 8, 12, 5, 8, 15, 10, 14, 8];

    /// <summary>Rows about a business (labour inspections): every row has premises and a trading name.</summary>
    public bool AboutBusinesses => Kind == SourceKind.Labour;
}
