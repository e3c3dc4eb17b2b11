namespace ScanService.Model;

/// <summary>One accepted partner row after normalisation: what matching works on.</summary>
public sealed class PersonRecord
{
    public required string Source { get; init; }

    public required string RecordId { get; init; }

    /// <summary>The physical line in the source file where the row starts (1 = header).</summary>
    public required int Line { get; init; }

    public DateOnly? RecordDate { get; init; }

    public PersonName Name { get; init; } = PersonName.Empty;

    public DateOfBirth? DateOfBirth { get; init; }

    /// <summary>E.164 numbers, e.g. <c>+447700900123</c>.</summary>
    public string[] Phones { get; init; } = [];

    public ParsedAddress Address { get; init; } = ParsedAddress.Empty;

    public string? Email { get; init; }

    public string? Nationality { get; init; }

    public string? Gender { get; init; }

    /// <summary>The export's other columns (DESIGN.md §2: kept as attributes), non-empty values only.</summary>
    public KeyValuePair<string, string>[] Attributes { get; init; } = [];

    /// <summary>Official reference numbers found among the attributes (see <c>IdentifierNormaliser</c>).</summary>
    public PersonIdentifier[] Identifiers { get; init; } = [];

    /// <summary>The same record with other phones and address: what matching sees once generic values are taken out.</summary>
    public PersonRecord WithContact(string[] phones, ParsedAddress address) => new()
    {
        Source = Source,
        RecordId = RecordId,
        Line = Line,
        RecordDate = RecordDate,
        Name = Name,
        DateOfBirth = DateOfBirth,
        Phones = phones,
        Address = address,
        Email = Email,
        Nationality = Nationality,
        Gender = Gender,
        Attributes = Attributes,
        Identifiers = Identifiers,
    };
}
