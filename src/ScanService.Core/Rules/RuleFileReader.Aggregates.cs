using YamlDotNet.RepresentationModel;

namespace ScanService.Rules;

/// <summary>The keys of the two kinds that look across records and nights: <c>pattern</c> and <c>compliance</c>.</summary>
internal sealed partial class RuleFileReader
{
    public const int MaxPeople = 1000;
    public const int MaxWindowDays = 366;
    public const int MaxWithinHours = 24 * 30;

    private static readonly string[] PatternKeys = ["group_by", "min_people", "min_sources", "window_days"];

    private static readonly string[] ComplianceKeys = ["requires_source", "reference_column", "within_hours"];

    private PatternRule? ReadPattern(YamlMappingNode root, Dictionary<string, YamlNode> values, CommonParts common)
    {
        var groupBy = _yaml.RequiredText(root, values, "group_by");
        if (groupBy is not null && !PatternRule.Groupings.Contains(groupBy))
        {
            _yaml.Error(values["group_by"].Start, $"cannot group by '{groupBy}'" + Suggest.Hint(groupBy, PatternRule.Groupings));
            groupBy = null;
        }

        var minPeople = RequiredWhole(root, values, "min_people", 2, MaxPeople);
        var minSources = values.TryGetValue("min_sources", out var sourcesNode) ? _yaml.WholeNumber(sourcesNode, "'min_sources'", 1, 100) : 1;
        var window = RequiredWhole(root, values, "window_days", 1, MaxWindowDays);
        if (common.Id is null || common.Description is null || groupBy is null || minPeople is null || minSources is null || window is null)
        {
            return null;
        }

        return new PatternRule(common.Id, common.Version, common.Description, common.Severity, common.Enabled, common.Owner,
            common.Sources, groupBy, minPeople.Value, minSources.Value, window.Value, _fileName)
        {
            Positions = new RulePositions(common.IdAt, new Dictionary<string, TextPosition>(), common.SourcePositions),
        };
    }

    private ComplianceRule? ReadCompliance(YamlMappingNode root, Dictionary<string, YamlNode> values, CommonParts common)
    {
        var required = _yaml.RequiredText(root, values, "requires_source");
        var column = _yaml.RequiredText(root, values, "reference_column");
        if (column is not null && !IsColumnName(column))
        {
            _yaml.Error(values["reference_column"].Start, $"reference_column '{column}' must be a column name: lower-case letters, digits and underscores");
            column = null;
        }

        var hours = RequiredWhole(root, values, "within_hours", 1, MaxWithinHours);
        if (!values.TryGetValue("sources", out var sourcesNode))
        {
            _yaml.Missing(root, "sources", "the sources whose records must be followed up, e.g. [nrm-referrals]");
        }
        else if (common.Sources is null)
        {
            // 'all' would include the required source itself, and every helpline call would need a crime record.
            _yaml.Error(sourcesNode.Start, "a compliance rule needs a list of the sources whose records must be followed up, not 'all'");
        }

        if (required is not null && common.Sources?.Contains(required) == true)
        {
            _yaml.Error(values["requires_source"].Start, $"requires_source '{required}' is also one of the rule's sources; a record cannot follow itself up");
            required = null;
        }

        if (common.Id is null || common.Description is null || common.Sources is null || required is null || column is null || hours is null)
        {
            return null;
        }

        return new ComplianceRule(common.Id, common.Version, common.Description, common.Severity, common.Enabled, common.Owner,
            common.Sources, required, column, hours.Value, _fileName)
        {
            Positions = new RulePositions(common.IdAt, new Dictionary<string, TextPosition>(), common.SourcePositions),
        };
    }

    private int? RequiredWhole(YamlMappingNode root, Dictionary<string, YamlNode> values, string key, int min, int max)
    {
        if (values.TryGetValue(key, out var node))
        {
            return _yaml.WholeNumber(node, $"'{key}'", min, max);
        }

        _yaml.Missing(root, key);
        return null;
    }

    private static bool IsColumnName(string name) => name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
