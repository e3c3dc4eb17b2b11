using ScanService.Ingest;
using ScanService.Match.Comparators;
using ScanService.Normalise;
using YamlDotNet.RepresentationModel;

namespace ScanService.Rules.Testing;

/// <summary>
/// Reads one rule test file: a default <c>rule</c> and a list of <c>cases</c>, each with <c>given</c> records and
/// subjects and what to <c>expect</c>. Problems are located like those of rule files.
/// </summary>
internal sealed class RuleTestFileReader
{
    public const string KindOfFile = "rule test files";
    public const string DefaultSource = "test";
    public const string DefaultInvestigation = "INV-TEST";

    private static readonly string[] FileKeys = ["rule", "cases"];
    private static readonly string[] CaseKeys = ["name", "why", "run_date", "given", "expect"];
    private static readonly string[] GivenKeys = ["record", "records", "subject", "subjects"];
    private static readonly string[] ExpectKeys = ["alert", "rule", "record", "subject", "score", "matched_on"];
    private static readonly string[] ScoreKeys = ["min", "max"];
    private static readonly string[] RecordKeys = ["source", "record_id", "attributes", .. StandardColumns.PersonFields, .. IdentifierNormaliser.Columns];
    private static readonly string[] SubjectKeys = ["investigation_ref", "subject_ref", "role", .. StandardColumns.PersonFields, .. IdentifierNormaliser.Columns];
    private static readonly string[] ShortExpectations = ["alert", "no alert"];

    private readonly YamlFile _yaml;

    public RuleTestFileReader(string fileName, List<RuleError> errors) => _yaml = new YamlFile(fileName, KindOfFile, errors);

    public IReadOnlyList<RuleTestCase> Read(string text)
    {
        var root = _yaml.LoadMapping(text, "a rule test file holds a mapping with 'rule' (the rule tested) and 'cases' (a list of cases)");
        if (root is null)
        {
            return [];
        }

        var values = _yaml.Entries(root, FileKeys);
        var defaultRule = _yaml.OptionalText(values, "rule");
        if (!values.TryGetValue("cases", out var casesNode) || casesNode is not YamlSequenceNode list || list.Children.Count == 0)
        {
            _yaml.Error(casesNode?.Start ?? root.Start, "'cases' must be a list of cases, each starting '- name:'");
            return [];
        }

        var cases = new List<RuleTestCase>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var caseNode in list.Children)
        {
            if (ReadCase(caseNode, defaultRule) is { } testCase)
            {
                if (!names.Add(testCase.Name))
                {
                    _yaml.Error(testCase.At, $"another case in this file is already called '{testCase.Name}'; give each case its own name");
                }

                cases.Add(testCase);
            }
        }

        return cases;
    }

    private RuleTestCase? ReadCase(YamlNode node, string? defaultRule)
    {
        if (node is not YamlMappingNode map)
        {
            _yaml.Error(node.Start, "each case must be a mapping with name, given and expect");
            return null;
        }

        var values = _yaml.Entries(map, CaseKeys, "in a case");
        var name = _yaml.RequiredText(map, values, "name");
        List<TestRecordRow>? records = null;
        List<TestSubjectRow>? subjects = null;
        if (values.TryGetValue("given", out var givenNode))
        {
            (records, subjects) = ReadGiven(givenNode);
        }
        else
        {
            _yaml.Missing(map, "given", "the records and subjects of the case");
        }

        List<RuleExpectation>? expectations = null;
        if (values.TryGetValue("expect", out var expectNode))
        {
            expectations = ReadExpectations(expectNode, defaultRule);
        }
        else
        {
            _yaml.Missing(map, "expect", "'alert', 'no alert', or a mapping with alert, score, matched_on");
        }

        if (name is null || records is null || subjects is null || expectations is null)
        {
            return null;
        }

        return new RuleTestCase(name, _yaml.Name, TextPosition.Of(map.Start), records, subjects, expectations)
        {
            Why = _yaml.OptionalText(values, "why"),
            RunDate = ReadRunDate(values),
        };
    }

    private (List<TestRecordRow>?, List<TestSubjectRow>?) ReadGiven(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            _yaml.Error(node.Start, "'given' must hold 'records' (or 'record') and 'subjects' (or 'subject')");
            return (null, null);
        }

        var values = _yaml.Entries(map, GivenKeys, "in 'given'");
        var recordNodes = Items(map, values, "record", "records");
        // Pattern and compliance rules look at records only: a case for them needs no subjects.
        var subjectNodes = values.ContainsKey("subject") || values.ContainsKey("subjects") ? Items(map, values, "subject", "subjects") : [];
        var records = recordNodes?.Select((n, i) => ReadRecord(n, i)).OfType<TestRecordRow>().ToList();
        var subjects = subjectNodes?.Select((n, i) => ReadSubject(n, i)).OfType<TestSubjectRow>().ToList();
        return (records?.Count == recordNodes?.Count ? records : null, subjects?.Count == subjectNodes?.Count ? subjects : null);
    }

    /// <summary>One item under the singular key, or a list under the plural; exactly one of the two.</summary>
    private List<YamlNode>? Items(YamlMappingNode map, Dictionary<string, YamlNode> values, string singular, string plural)
    {
        var hasOne = values.TryGetValue(singular, out var one);
        var hasMany = values.TryGetValue(plural, out var many);
        if (hasOne == hasMany)
        {
            _yaml.Error(map.Start, hasOne
                ? $"give either '{singular}' or '{plural}', not both"
                : $"missing '{plural}' (a list) or '{singular}' (just one)");
            return null;
        }

        if (hasOne)
        {
            return [one!];
        }

        if (many is YamlSequenceNode list && list.Children.Count > 0)
        {
            return [.. list.Children];
        }

        _yaml.Error(many!.Start, $"'{plural}' must be a list, each item starting with '-'");
        return null;
    }

    private TestRecordRow? ReadRecord(YamlNode node, int index)
    {
        var values = Texts(node, RecordKeys, "a record");
        return values is null
            ? null
            : new TestRecordRow(values.GetValueOrDefault("source", DefaultSource), values.GetValueOrDefault("record_id", $"R{index + 1}"),
                Fields(values), TextPosition.Of(node.Start))
            {
                Attributes = [.. ReadAttributes(node), .. Identifiers(values)],
            };
    }

    private TestSubjectRow? ReadSubject(YamlNode node, int index)
    {
        var values = Texts(node, SubjectKeys, "a subject");
        return values is null
            ? null
            : new TestSubjectRow(values.GetValueOrDefault("investigation_ref", DefaultInvestigation), values.GetValueOrDefault("subject_ref", $"S{index + 1}"),
                values.GetValueOrDefault("role", "subject"), Fields(values), TextPosition.Of(node.Start)) { Attributes = Identifiers(values) };
    }

    /// <summary>The plain values of a record or subject; a list (several phones) is joined as exports write it.</summary>
    private Dictionary<string, string>? Texts(YamlNode node, string[] keys, string what)
    {
        if (node is not YamlMappingNode map)
        {
            _yaml.Error(node.Start, $"{what} must be a mapping of fields, e.g. {{forename: Ana, surname: Popescu, date_of_birth: 1990-04-11}}");
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in _yaml.Entries(map, keys, "in " + what))
        {
            if (key == "attributes")
            {
                continue;
            }

            var text = value switch
            {
                YamlScalarNode scalar => scalar.Value ?? string.Empty,
                YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode) => string.Join("; ", list.Children.Select(YamlFile.Scalar)),
                _ => null,
            };
            if (text is null)
            {
                _yaml.Error(value.Start, $"'{key}' must be plain text");
                continue;
            }

            texts[key] = text;
        }

        return texts;
    }

    private static KeyValuePair<string, string>[] Identifiers(Dictionary<string, string> values) =>
        values.Where(v => IdentifierNormaliser.IsIdentifierColumn(v.Key)).ToArray();

    private DateOnly? ReadRunDate(Dictionary<string, YamlNode> values)
    {
        if (_yaml.OptionalText(values, "run_date") is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        _yaml.Error(values["run_date"].Start, $"run_date '{text}' must be a date written yyyy-MM-dd");
        return null;
    }

    /// <summary>A record's other columns: <c>attributes: {nrm_reference: NRM-1}</c>.</summary>
    private KeyValuePair<string, string>[] ReadAttributes(YamlNode node)
    {
        if (node is not YamlMappingNode map || map.Children.FirstOrDefault(e => YamlFile.Scalar(e.Key) == "attributes").Value is not { } attributes)
        {
            return [];
        }

        if (attributes is not YamlMappingNode columns || columns.Children.Any(c => YamlFile.Scalar(c.Value) is null))
        {
            _yaml.Error(attributes.Start, "'attributes' must map column names to plain text, e.g. {nrm_reference: NRM-26-000001}");
            return [];
        }

        return [.. columns.Children.Select(c => new KeyValuePair<string, string>(YamlFile.Scalar(c.Key) ?? string.Empty, YamlFile.Scalar(c.Value)!))];
    }

    private static PersonFields Fields(Dictionary<string, string> v) => new(
        v.GetValueOrDefault("record_date", string.Empty).Trim(),
        v.GetValueOrDefault("forename", string.Empty),
        v.GetValueOrDefault("surname", string.Empty),
        v.GetValueOrDefault("full_name", string.Empty),
        v.GetValueOrDefault("date_of_birth", string.Empty).Trim(),
        v.GetValueOrDefault("nationality", string.Empty).Trim(),
        v.GetValueOrDefault("gender", string.Empty).Trim(),
        v.GetValueOrDefault("address", string.Empty),
        v.GetValueOrDefault("postcode", string.Empty),
        v.GetValueOrDefault("phone", string.Empty),
        v.GetValueOrDefault("email", string.Empty).Trim());

    private List<RuleExpectation>? ReadExpectations(YamlNode node, string? defaultRule)
    {
        var items = node is YamlSequenceNode list ? [.. list.Children] : new List<YamlNode> { node };
        var expectations = items.Select(item => ReadExpectation(item, defaultRule)).ToList();
        return expectations.Count > 0 && expectations.All(e => e is not null) ? expectations.OfType<RuleExpectation>().ToList() : null;
    }

    private RuleExpectation? ReadExpectation(YamlNode node, string? defaultRule)
    {
        var at = TextPosition.Of(node.Start);
        if (node is YamlScalarNode scalar)
        {
            var text = scalar.Value?.Trim() ?? string.Empty;
            if (!ShortExpectations.Contains(text))
            {
                _yaml.Error(node.Start, $"'expect' must be 'alert', 'no alert' or a mapping with 'alert: yes|no'" + Suggest.Hint(text, ShortExpectations));
                return null;
            }

            return RuleOrError(defaultRule, node) is { } ruleId ? new RuleExpectation(ruleId, text == "alert", at) : null;
        }

        if (node is not YamlMappingNode map)
        {
            _yaml.Error(node.Start, "'expect' must be 'alert', 'no alert' or a mapping with 'alert: yes|no'");
            return null;
        }

        var values = _yaml.Entries(map, ExpectKeys, "in 'expect'");
        var alert = values.TryGetValue("alert", out var alertNode) ? YesNo(alertNode) : MissingAlert(map);
        var rule = values.TryGetValue("rule", out var ruleNode) ? YamlFile.Scalar(ruleNode)?.Trim() : RuleOrError(defaultRule, map);
        var (min, max) = values.TryGetValue("score", out var scoreNode) ? ReadScore(scoreNode) : (null, null);
        var matchedOn = values.TryGetValue("matched_on", out var matchedNode) ? ReadMatchedOn(matchedNode) : null;
        if (alert == false && (scoreNode is not null || matchedNode is not null))
        {
            _yaml.Error((scoreNode ?? matchedNode)!.Start, "'score' and 'matched_on' describe an expected alert; they cannot go with 'alert: no'");
        }

        if (alert is null || string.IsNullOrEmpty(rule))
        {
            return null;
        }

        return new RuleExpectation(rule, alert.Value, at)
        {
            MinScore = min,
            MaxScore = max,
            MatchedOn = matchedOn,
            RecordId = _yaml.OptionalText(values, "record"),
            SubjectRef = _yaml.OptionalText(values, "subject"),
        };
    }

    private string? RuleOrError(string? defaultRule, YamlNode node)
    {
        if (defaultRule is null)
        {
            _yaml.Error(node.Start, "which rule? give 'rule:' at the top of the file or in 'expect'");
        }

        return defaultRule;
    }

    private bool? YesNo(YamlNode node)
    {
        switch (YamlFile.Scalar(node)?.Trim())
        {
            case "yes" or "true":
                return true;
            case "no" or "false":
                return false;
            default:
                _yaml.Error(node.Start, "'alert' must be yes or no");
                return null;
        }
    }

    private bool? MissingAlert(YamlMappingNode map)
    {
        _yaml.Missing(map, "alert", "yes or no");
        return null;
    }

    private (double?, double?) ReadScore(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            var exact = _yaml.Number(node, "'score'", -1000, 1000);
            return double.IsNaN(exact) ? (null, null) : (exact, exact);
        }

        if (node is not YamlMappingNode map)
        {
            _yaml.Error(node.Start, "'score' must be a number or a band such as {min: 9, max: 12}");
            return (null, null);
        }

        var values = _yaml.Entries(map, ScoreKeys, "in 'score'");
        double? min = values.TryGetValue("min", out var minNode) ? _yaml.Number(minNode, "'min'", -1000, 1000) : null;
        double? max = values.TryGetValue("max", out var maxNode) ? _yaml.Number(maxNode, "'max'", -1000, 1000) : null;
        if (min > max)
        {
            _yaml.Error(node.Start, $"the score band is empty: min {min} is above max {max}");
        }

        return (min is double.NaN ? null : min, max is double.NaN ? null : max);
    }

    private HashSet<string>? ReadMatchedOn(YamlNode node)
    {
        var items = node is YamlScalarNode { Value: { } text }
            ? text.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(f => (f, TextPosition.Of(node.Start))).ToList()
            : _yaml.TextList(node, "'matched_on'");
        if (items is null || items.Count == 0)
        {
            _yaml.Error(node.Start, "'matched_on' must name fields, e.g. name+date_of_birth");
            return null;
        }

        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, at) in items)
        {
            if (!ComparatorCatalog.TryGet(field, out _))
            {
                _yaml.Error(at, $"unknown field '{field}' in 'matched_on'" + Suggest.Hint(field, ComparatorCatalog.Fields));
            }

            fields.Add(field);
        }

        return fields;
    }
}
