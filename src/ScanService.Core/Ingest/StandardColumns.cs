namespace ScanService.Ingest;

/// <summary>
/// Where each column of the standard export format (DESIGN.md §2) sits in one file's header. Columns are found
/// by name, case-insensitively, so column order is free; any other column is an attribute.
/// </summary>
public sealed class StandardColumns
{
    public const string RecordId = "record_id";

    public static readonly string[] PersonFields =
    [
        "record_date", "forename", "surname", "full_name", "date_of_birth", "nationality", "gender",
        "address", "postcode", "phone", "email",
    ];

    /// <summary>A header needs record_id and at least one of these to be usable for matching.</summary>
    private static readonly string[] IdentifyingFields = ["forename", "surname", "full_name", "date_of_birth", "address", "postcode", "phone", "email"];

    private readonly Dictionary<string, int> _indexByName;

    private StandardColumns(Dictionary<string, int> indexByName, string[] header)
    {
        _indexByName = indexByName;
        Header = header;
    }

    public string[] Header { get; }

    public int FieldCount => Header.Length;

    /// <summary>The column's index, or -1 when the file does not have it.</summary>
    public int IndexOf(string column) => _indexByName.TryGetValue(column, out var index) ? index : -1;

    /// <summary>Reads a header; fails with the reason when it is not the standard format.</summary>
    /// <param name="required">Columns the file must have; by default record_id (subjects.csv needs others).</param>
    public static Model.ParseResult<StandardColumns> FromHeader(string[] header, IReadOnlyCollection<string>? required = null)
    {
        var indexByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var duplicates = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!indexByName.TryAdd(name, i))
            {
                duplicates.Add(name);
            }
        }

        var missing = new List<string>();
        required ??= [RecordId];
        foreach (var column in required)
        {
            if (!indexByName.ContainsKey(column))
            {
                missing.Add(column);
            }
        }

        if (!IdentifyingFields.Any(indexByName.ContainsKey))
        {
            missing.Add("one of " + string.Join(", ", IdentifyingFields));
        }

        if (missing.Count > 0 || duplicates.Count > 0)
        {
            var problems = new List<string>();
            if (missing.Count > 0)
            {
                problems.Add("missing column(s) " + string.Join("; ", missing));
            }

            if (duplicates.Count > 0)
            {
                problems.Add("repeated column(s) " + string.Join(", ", duplicates));
            }

            return Model.ParseResult<StandardColumns>.Fail(
                $"header is not the standard export format ({string.Join("; ", problems)}) and no source mapping describes it");
        }

        return Model.ParseResult<StandardColumns>.Ok(new StandardColumns(indexByName, header));
    }
}
