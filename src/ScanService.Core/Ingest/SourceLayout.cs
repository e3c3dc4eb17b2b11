using ScanService.Ingest.Mappings;
using ScanService.Model;
using ScanService.Normalise;
using ScanService.Rules;

namespace ScanService.Ingest;

/// <summary>
/// Where each standard field sits in one source's rows and what the source itself calls that column, so that a
/// row problem in a mapped export names the column the partner knows (<c>DOB (dd/mm/yyyy)</c>), not ours.
/// </summary>
public sealed class SourceLayout
{
    private readonly Dictionary<string, int> _indexByField;
    private readonly IReadOnlyDictionary<string, string> _columnByField;
    private readonly SourceMapping? _mapping;

    // The position of each person field (in StandardColumns.PersonFields order), found once per file rather than
    // looked up by name on every row.
    private readonly int[] _personIndexes;

    private KeyValuePair<string, string>[]? _attributeScratch;

    private SourceLayout(Dictionary<string, int> indexByField, IReadOnlyDictionary<string, string> columnByField, string[] header, SourceMapping? mapping)
    {
        _indexByField = indexByField;
        _columnByField = columnByField;
        FieldCount = header.Length;
        _mapping = mapping;
        _personIndexes = [.. StandardColumns.PersonFields.Select(IndexOf)];
        // Every named column that no field reads is an attribute of the record (DESIGN.md §2); an identifier a
        // mapping names is an attribute under its standard name, whatever the partner calls the column.
        var used = indexByField.Values.ToHashSet();
        Attributes = Enumerable.Range(0, header.Length)
            .Where(i => !used.Contains(i) && header[i].Trim().Length > 0)
            .Select(i => (header[i].Trim(), i))
            .Concat(indexByField.Where(f => IdentifierNormaliser.IsIdentifierColumn(f.Key)).Select(f => (f.Key, f.Value)))
            .ToArray();
    }

    /// <summary>The columns kept as attributes: their names and positions.</summary>
    public (string Name, int Index)[] Attributes { get; }

    public int FieldCount { get; }

    public int IndexOf(string field) => _indexByField.TryGetValue(field, out var index) ? index : -1;

    /// <summary>The source's own name for a field's column; the field itself for the standard format and for "(row)".</summary>
    public string ColumnOf(string field) => _columnByField.TryGetValue(field, out var column) ? column : field;

    public static SourceLayout Standard(StandardColumns columns)
    {
        var indexes = StandardColumns.PersonFields.Append(StandardColumns.RecordId)
            .Select(field => (field, index: columns.IndexOf(field)))
            .Where(f => f.index >= 0)
            .ToDictionary(f => f.field, f => f.index, StringComparer.Ordinal);
        return new SourceLayout(indexes, new Dictionary<string, string>(), columns.Header, null);
    }

    /// <summary>Finds the mapping's columns in the header; fails naming every column it cannot find.</summary>
    public static ParseResult<SourceLayout> Mapped(SourceMapping mapping, string[] header)
    {
        var indexByColumn = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            indexByColumn.TryAdd(header[i].Trim(), i);
        }

        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (field, column) in mapping.ColumnByField)
        {
            if (indexByColumn.TryGetValue(column, out var index))
            {
                indexes[field] = index;
            }
            else
            {
                problems.Add($"'{column}' (for {field})" + (Suggest.Closest(column, indexByColumn.Keys) is { } near ? $", did you mean '{near}'?" : string.Empty));
            }
        }

        if (problems.Count > 0)
        {
            return ParseResult<SourceLayout>.Fail(
                $"the header on line {mapping.HeaderRow} lacks column(s) named in {mapping.FileName}: {string.Join("; ", problems)}");
        }

        return ParseResult<SourceLayout>.Ok(new SourceLayout(indexes, mapping.ColumnByField, header, mapping));
    }

    /// <summary>The raw person values of the current row; a date matching none of the mapping's formats is dropped.</summary>
    public PersonFields Read(CsvRowReader row, List<FieldProblem> problems) => new(
        Date(row, Field.RecordDate, problems),
        Value(row, Field.Forename),
        Value(row, Field.Surname),
        Value(row, Field.FullName),
        Date(row, Field.DateOfBirth, problems),
        Value(row, Field.Nationality).Trim(),
        Value(row, Field.Gender).Trim(),
        Value(row, Field.Address),
        Value(row, Field.Postcode),
        Value(row, Field.Phone),
        Value(row, Field.Email).Trim());

    /// <summary>Positions in <see cref="StandardColumns.PersonFields"/>.</summary>
    private static class Field
    {
        public const int RecordDate = 0, Forename = 1, Surname = 2, FullName = 3, DateOfBirth = 4, Nationality = 5, Gender = 6,
            Address = 7, Postcode = 8, Phone = 9, Email = 10;
    }

    /// <summary>The current row's non-empty attribute values; empty ones are left out to keep records small.</summary>
    public KeyValuePair<string, string>[] ReadAttributes(CsvRowReader row) => ReadAttributes(row, pool: null);

    /// <summary>
    /// The same, as the pool's array when a row before had the same attributes: exports repeat a handful of referral
    /// types and notes, and an array held by every record was an object the collector copied for each.
    /// </summary>
    public KeyValuePair<string, string>[] ReadAttributes(CsvRowReader row, ValuePool? pool)
    {
        // Gathered in one buffer per layout (a layout serves one file read, on one thread) and copied out at the
        // exact size, or found in the pool: a list and its copy for every row of a national night was garbage the
        // collector had to chase.
        var found = _attributeScratch ??= new KeyValuePair<string, string>[Attributes.Length];
        var count = 0;
        foreach (var (name, index) in Attributes)
        {
            var value = row[index].Trim();
            if (value.Length > 0)
            {
                found[count++] = new(name, value);
            }
        }

        var attributes = found.AsSpan(0, count);
        return count == 0 ? [] : pool is null ? attributes.ToArray() : pool.ShareAttributes(attributes);
    }

    private string Value(CsvRowReader row, int personField) => row[_personIndexes[personField]];

    private string Date(CsvRowReader row, int personField, List<FieldProblem> problems)
    {
        var field = StandardColumns.PersonFields[personField];
        var raw = Value(row, personField).Trim();
        var formats = _mapping?.DateFormatsOf(field) ?? [];
        if (raw.Length == 0 || formats.Count == 0)
        {
            return raw;
        }

        if (MappedDateFormats.ToStandard(raw, formats) is { } standard)
        {
            return standard;
        }

        problems.Add(new FieldProblem(field, $"does not match the date format(s) in {_mapping!.FileName} ({string.Join(", ", formats)})"));
        return string.Empty;
    }
}
