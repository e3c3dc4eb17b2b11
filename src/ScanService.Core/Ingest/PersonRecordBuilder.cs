using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Ingest;

/// <summary>A value that could not be read, by field.</summary>
public readonly record struct FieldProblem(string Field, string Reason);

/// <summary>
/// Turns the raw values of one row into a <see cref="PersonRecord"/>. A value that cannot be read is dropped
/// and reported, rather than losing the whole row: a referral with a mistyped date of birth can still link
/// by name, phone or address.
/// </summary>
public sealed class PersonRecordBuilder
{
    // Made once: a lambda over the run date would be a new delegate for every row.
    private readonly Func<string, ParseResult<DateOfBirth>> _parseBirth;

    public PersonRecordBuilder(DateOnly runDate) => _parseBirth = raw => DateOfBirthParser.Parse(raw, runDate);

    /// <param name="attributes">The row's attributes, kept as given: a caller with a pool shares them itself (<see cref="ValuePool.ShareAttributes"/>).</param>
    /// <param name="pool">Where repeated values are shared from (see <see cref="ValuePool"/>); none when null.</param>
    public PersonRecord Build(
        string source, string recordId, int line, in PersonFields fields, List<FieldProblem> problems, KeyValuePair<string, string>[]? attributes = null,
        ValuePool? pool = null)
    {
        // With a pool, phones, postcodes, names and premises are found by their characters, tokens and parts before any is made.
        IValueSharing sharing = pool is null ? UnsharedValues.Instance : pool;
        var recordDate = ReadOptional(fields.RecordDate, "record_date", RecordDateParser.Parse, problems);
        var dateOfBirth = ReadOptional(fields.DateOfBirth, "date_of_birth", _parseBirth, problems);

        string[] phones = [];
        if (!string.IsNullOrWhiteSpace(fields.Phone))
        {
            var list = PhoneNormaliser.NormaliseList(fields.Phone, sharing);
            phones = list.Numbers;
            foreach (var error in list.Errors)
            {
                problems.Add(new FieldProblem("phone", error));
            }
        }

        string? postcode = null;
        if (!string.IsNullOrWhiteSpace(fields.Postcode))
        {
            var parsed = PostcodeNormaliser.Normalise(fields.Postcode, sharing);
            if (parsed.Success)
            {
                postcode = parsed.Value;
            }
            else
            {
                problems.Add(new FieldProblem("postcode", parsed.Error!));
            }
        }

        var address = string.IsNullOrWhiteSpace(fields.Address) && postcode is null
            ? ParsedAddress.Empty
            : AddressParser.Parse(fields.Address, postcode, sharing);

        attributes ??= [];
        var identifiers = ReadIdentifiers(attributes, problems);
        var name = NameNormaliser.Normalise(fields.Forename, fields.Surname, fields.FullName, sharing);
        var nationality = NullIfEmpty(fields.Nationality);
        var gender = NullIfEmpty(fields.Gender);
        if (pool is not null)
        {
            nationality = pool.Share(nationality);
            gender = pool.Share(gender);
        }

        return new PersonRecord
        {
            Source = source,
            RecordId = recordId,
            Line = line,
            RecordDate = recordDate,
            Name = name,
            DateOfBirth = dateOfBirth,
            Phones = phones,
            Address = address,
            Email = NullIfEmpty(fields.Email)?.ToLowerInvariant(),
            Nationality = nationality,
            Gender = gender,
            Attributes = attributes,
            Identifiers = identifiers,
        };
    }

    /// <summary>True when the record has something a link rule could match on.</summary>
    public static bool IsIdentifiable(PersonRecord record) =>
        !record.Name.IsEmpty || record.Phones.Length > 0 || !record.Address.IsEmpty || record.Email is not null || record.Identifiers.Length > 0;

    // The problem list is passed as state to a static callback: a closure over it was two objects for every row.
    private static PersonIdentifier[] ReadIdentifiers(KeyValuePair<string, string>[] attributes, List<FieldProblem> problems) =>
        attributes.Length == 0 ? [] : IdentifierNormaliser.FromAttributes(attributes, problems, static (list, column, reason) => list.Add(new FieldProblem(column, reason)));

    private static T? ReadOptional<T>(string raw, string field, Func<string, ParseResult<T>> parse, List<FieldProblem> problems)
        where T : struct
    {
        if (raw.Length == 0)
        {
            return null;
        }

        var result = parse(raw);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(new FieldProblem(field, result.Error!));
        return null;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
