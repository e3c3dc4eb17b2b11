using ScanService.Normalise;
using ScanService.Rules;
using YamlDotNet.RepresentationModel;

namespace ScanService.Ingest.Mappings;

/// <summary>
/// Reads one mapping file (<c>mappings/&lt;source&gt;.yaml</c>) with the same safety and the same
/// <c>file:line:col</c> problems as rule files.
/// </summary>
internal sealed class SourceMappingReader
{
    public const string KindOfFile = "mapping files";
    public const int MaxHeaderRow = 1000;

    private static readonly string[] Keys = ["description", "encoding", "delimiter", "header_row", "columns", "date_formats"];
    private static readonly string[] DateFields = ["date_of_birth", "record_date"];
    private static readonly string[] Fields = [StandardColumns.RecordId, .. StandardColumns.PersonFields, .. IdentifierNormaliser.Columns];
    private static readonly string[] IdentifyingFields = ["forename", "surname", "full_name", "date_of_birth", "address", "postcode", "phone", "email"];

    private static readonly Dictionary<string, char> DelimiterByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["comma"] = ',', [","] = ',',
        ["semicolon"] = ';', [";"] = ';',
        ["tab"] = '\t', ["\t"] = '\t', ["\\t"] = '\t',
        ["pipe"] = '|', ["|"] = '|',
    };

    private readonly string _source;
    private readonly YamlFile _yaml;

    /// <param name="source">The source the mapping describes: its file name without the extension.</param>
    /// <param name="displayName">How problems name the file, e.g. <c>mappings/nrm-casework.yaml</c>.</param>
    public SourceMappingReader(string source, string displayName, List<RuleError> problems)
    {
        _source = source;
        _yaml = new YamlFile(displayName, KindOfFile, problems);
    }

    public SourceMapping? Read(string text)
    {
        var root = _yaml.LoadMapping(text, "a mapping file holds one mapping of keys such as encoding, delimiter, header_row, columns");
        if (root is null)
        {
            return null;
        }

        var values = _yaml.Entries(root, Keys);
        var encoding = values.TryGetValue("encoding", out var encodingNode) ? ReadEncoding(encodingNode) : SourceEncodings.Utf8;
        var delimiter = values.TryGetValue("delimiter", out var delimiterNode) ? ReadDelimiter(delimiterNode) : ',';
        var headerRow = values.TryGetValue("header_row", out var headerNode) ? _yaml.WholeNumber(headerNode, "'header_row'", 1, MaxHeaderRow) : 1;
        _yaml.OptionalText(values, "description");

        var positions = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        Dictionary<string, string>? columns = null;
        if (values.TryGetValue("columns", out var columnsNode))
        {
            columns = ReadColumns(columnsNode, positions);
        }
        else
        {
            _yaml.Missing(root, "columns", "which column holds each field, e.g. 'surname: Family name'");
        }

        var formats = values.TryGetValue("date_formats", out var formatsNode)
            ? ReadDateFormats(formatsNode, columns)
            : new Dictionary<string, IReadOnlyList<string>>();

        if (encoding is null || delimiter is null || headerRow is null || columns is null)
        {
            return null;
        }

        return new SourceMapping(_source, _yaml.Name, encoding, delimiter.Value, headerRow.Value, columns, formats) { ColumnPositions = positions };
    }

    private string? ReadEncoding(YamlNode node)
    {
        var text = YamlFile.Scalar(node) ?? string.Empty;
        if (SourceEncodings.Canonical(text) is { } canonical)
        {
            return canonical;
        }

        _yaml.Error(node.Start, $"unknown encoding '{text}'" + Suggest.Hint(text, SourceEncodings.Names));
        return null;
    }

    private char? ReadDelimiter(YamlNode node)
    {
        var text = YamlFile.Scalar(node) ?? string.Empty;
        if (DelimiterByName.TryGetValue(text == "\t" ? text : text.Trim(), out var delimiter))
        {
            return delimiter;
        }

        _yaml.Error(node.Start, $"unknown delimiter '{text}'; use comma, semicolon, tab or pipe");
        return null;
    }

    private Dictionary<string, string>? ReadColumns(YamlNode node, Dictionary<string, TextPosition> positions)
    {
        if (node is not YamlMappingNode map || map.Children.Count == 0)
        {
            _yaml.Error(node.Start, "'columns' must map each field (" + string.Join(", ", Fields) + ") to the name of its column in the export");
            return null;
        }

        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var fieldByColumn = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (fieldNode, columnNode) in map.Children)
        {
            var field = YamlFile.Scalar(fieldNode) ?? string.Empty;
            if (!Fields.Contains(field))
            {
                _yaml.Error(fieldNode.Start, $"unknown field '{field}'" + Suggest.Hint(field, Fields));
                continue;
            }

            if (YamlFile.Scalar(columnNode)?.Trim() is not { Length: > 0 } column)
            {
                _yaml.Error(columnNode.Start, $"'{field}' must name one column of the export, e.g. '{field}: {Example(field)}'");
                continue;
            }

            if (fieldByColumn.TryGetValue(column, out var other))
            {
                _yaml.Error(columnNode.Start, $"column '{column}' is already mapped to '{other}'; each column gives one field");
                continue;
            }

            if (!columns.TryAdd(field, column))
            {
                _yaml.Error(fieldNode.Start, $"field '{field}' is given twice");
                continue;
            }

            fieldByColumn[column] = field;
            positions[field] = TextPosition.Of(columnNode.Start);
        }

        if (!columns.ContainsKey(StandardColumns.RecordId))
        {
            _yaml.Error(map.Start, "'columns' must name the 'record_id' column: the reference that identifies a row in the export");
        }

        if (!IdentifyingFields.Any(columns.ContainsKey))
        {
            _yaml.Error(map.Start, "'columns' maps nothing to match on; map at least one of " + string.Join(", ", IdentifyingFields));
        }

        return columns;
    }

    private Dictionary<string, IReadOnlyList<string>> ReadDateFormats(YamlNode node, Dictionary<string, string>? columns)
    {
        var formats = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            _yaml.Error(node.Start, "'date_formats' must map date_of_birth and/or record_date to a list of formats, e.g. [dd/MM/yyyy]");
            return formats;
        }

        foreach (var (fieldNode, listNode) in map.Children)
        {
            var field = YamlFile.Scalar(fieldNode) ?? string.Empty;
            if (!DateFields.Contains(field))
            {
                _yaml.Error(fieldNode.Start, $"date formats cannot be given for '{field}'" + Suggest.Hint(field, DateFields));
                continue;
            }

            if (columns is not null && !columns.ContainsKey(field))
            {
                _yaml.Error(fieldNode.Start, $"date formats are given for '{field}', which 'columns' does not map");
            }

            var items = _yaml.TextList(listNode, $"the date formats of {field}");
            var good = new List<string>();
            foreach (var (format, at) in items ?? [])
            {
                if (MappedDateFormats.Problem(format) is { } problem)
                {
                    _yaml.Error(at, problem);
                }
                else
                {
                    good.Add(format);
                }
            }

            formats[field] = good;
        }

        return formats;
    }

    private static string Example(string field) => field switch
    {
        "record_id" => "Case Ref",
        "surname" => "Family name",
        "date_of_birth" => "DOB",
        _ => field.Replace('_', ' '),
    };
}
