namespace ScanService.Ingest;

/// <summary>The raw person values of one row, before normalisation. Absent columns read as empty.</summary>
public readonly record struct PersonFields(
    string RecordDate,
    string Forename,
    string Surname,
    string FullName,
    string DateOfBirth,
    string Nationality,
    string Gender,
    string Address,
    string Postcode,
    string Phone,
    string Email)
{
    public static PersonFields Read(CsvRowReader row, StandardColumns columns) => new(
        row[columns.IndexOf("record_date")].Trim(),
        row[columns.IndexOf("forename")],
        row[columns.IndexOf("surname")],
        row[columns.IndexOf("full_name")],
        row[columns.IndexOf("date_of_birth")].Trim(),
        row[columns.IndexOf("nationality")].Trim(),
        row[columns.IndexOf("gender")].Trim(),
        row[columns.IndexOf("address")],
        row[columns.IndexOf("postcode")],
        row[columns.IndexOf("phone")],
        row[columns.IndexOf("email")].Trim());
}
