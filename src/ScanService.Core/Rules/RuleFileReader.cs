using System.Globalization;
using ScanService.Match.Comparators;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ScanService.Rules;

/// <summary>
/// Reads one rule file into a <see cref="LinkRule"/>, collecting every problem with its line and column rather
/// than stopping at the first. YAML is read as plain nodes (no type binding, no tags), so a rule file can never
/// make the service construct objects or run code.
/// </summary>
internal sealed class RuleFileReader
{
    public const int MaxFileBytes = 256 * 1024;
    public const double MaxWeight = 50;

    private static readonly string[] TopLevelKeys =
        ["id", "kind", "version", "description", "severity", "enabled", "owner", "sources", "compare", "rarity", "threshold"];

    /// <summary>Fields whose agreement can be weighed by how rare the agreed value is.</summary>
    private static readonly string[] RarityFields = ["name"];

    public const double MaxRarity = 10;

    private static readonly string[] Severities = ["low", "medium", "high"];
    private static readonly string[] Kinds = ["link"];

    private readonly string _fileName;
    private readonly List<RuleError> _errors;

    public RuleFileReader(string fileName, List<RuleError> errors)
    {
        _fileName = fileName;
        _errors = errors;
    }

    public LinkRule? Read(string text)
    {
        YamlStream stream;
        try
        {
            stream = new YamlStream();
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            Error(ex.Start, "not valid YAML: " + ex.InnerException?.Message ?? ex.Message);
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(Mark.Empty, "a rule file holds exactly one rule: a mapping of keys such as id, kind, compare, threshold");
            return null;
        }

        RejectTags(root);
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = Scalar(keyNode) ?? string.Empty;
            if (!TopLevelKeys.Contains(key))
            {
                Error(keyNode.Start, $"unknown key '{key}'" + Suggest.Hint(key, TopLevelKeys));
            }
            else if (!values.TryAdd(key, valueNode))
            {
                Error(keyNode.Start, $"key '{key}' is given twice");
            }
        }

        var id = RequiredText(root, values, "id");
        if (id is not null && !IsValidId(id))
        {
            Error(values["id"].Start, $"rule id '{id}' must be lower-case letters, digits and hyphens");
        }

        var kind = OptionalText(values, "kind") ?? "link";
        if (!Kinds.Contains(kind))
        {
            Error(values["kind"].Start, $"unknown kind '{kind}'" + Suggest.Hint(kind, Kinds));
        }

        var severity = OptionalText(values, "severity") ?? "medium";
        if (!Severities.Contains(severity))
        {
            Error(values["severity"].Start, $"severity '{severity}' is not one of {string.Join(", ", Severities)}" + Suggest.Hint(severity, Severities));
        }

        var version = OptionalNumber(values, "version", 1, 1, 1_000_000);
        var threshold = values.ContainsKey("threshold") ? OptionalNumber(values, "threshold", 0, -1000, 1000) : MissingKey(root, "threshold");
        var enabled = OptionalBool(values, "enabled", true);
        var description = RequiredText(root, values, "description");
        var comparisons = values.TryGetValue("compare", out var compareNode) ? ReadComparisons(compareNode) : MissingComparisons(root);
        var sources = values.TryGetValue("sources", out var sourcesNode) ? ReadSources(sourcesNode) : null;
        var rarity = values.TryGetValue("rarity", out var rarityNode) ? ReadRarity(rarityNode, comparisons) : new Dictionary<string, double>();

        if (id is null || description is null || comparisons is null || double.IsNaN(threshold))
        {
            return null;
        }

        return new LinkRule(id, (int)version, description, severity, enabled, OptionalText(values, "owner"), sources, comparisons, threshold, _fileName)
        {
            Rarity = rarity,
        };
    }

    private Dictionary<string, double> ReadRarity(YamlNode node, List<RuleComparison>? comparisons)
    {
        var limits = new Dictionary<string, double>(StringComparer.Ordinal);
        if (node is not YamlMappingNode fields)
        {
            Error(node.Start, "'rarity' must map a field (" + string.Join(", ", RarityFields) + ") to the most its rarity may add or take away");
            return limits;
        }

        foreach (var (fieldNode, limitNode) in fields.Children)
        {
            var field = Scalar(fieldNode) ?? string.Empty;
            if (!RarityFields.Contains(field))
            {
                Error(fieldNode.Start, $"rarity cannot be applied to '{field}'" + Suggest.Hint(field, RarityFields));
                continue;
            }

            if (comparisons is not null && !comparisons.Any(c => c.Field == field))
            {
                Error(fieldNode.Start, $"rarity is given for '{field}', which this rule does not compare");
            }

            var limit = Number(limitNode, $"rarity of {field}", 0, MaxRarity);
            if (!double.IsNaN(limit))
            {
                limits[field] = limit;
            }
        }

        return limits;
    }

    private List<RuleComparison>? ReadComparisons(YamlNode node)
    {
        if (node is not YamlMappingNode fields || fields.Children.Count == 0)
        {
            Error(node.Start, "'compare' must map each field (" + string.Join(", ", ComparatorCatalog.Fields) + ") to its levels and weights");
            return null;
        }

        var comparisons = new List<RuleComparison>();
        foreach (var (fieldNode, levelsNode) in fields.Children)
        {
            var field = Scalar(fieldNode) ?? string.Empty;
            if (!ComparatorCatalog.TryGet(field, out var comparator))
            {
                Error(fieldNode.Start, $"unknown field '{field}'" + Suggest.Hint(field, ComparatorCatalog.Fields));
                continue;
            }

            if (levelsNode is not YamlMappingNode levels || levels.Children.Count == 0)
            {
                Error(levelsNode.Start, $"'{field}' must map levels ({string.Join(", ", comparator.Levels)}) to weights");
                continue;
            }

            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (levelNode, weightNode) in levels.Children)
            {
                var level = Scalar(levelNode) ?? string.Empty;
                if (!comparator.Levels.Contains(level))
                {
                    Error(levelNode.Start, $"'{field}' has no level '{level}'" + Suggest.Hint(level, comparator.Levels));
                    continue;
                }

                var weight = Number(weightNode, $"weight of {field}.{level}", -MaxWeight, MaxWeight);
                if (!double.IsNaN(weight) && !weights.TryAdd(level, weight))
                {
                    Error(levelNode.Start, $"level '{level}' is given twice");
                }
            }

            comparisons.Add(new RuleComparison(field, weights));
        }

        return comparisons;
    }

    private HashSet<string>? ReadSources(YamlNode node)
    {
        if (node is YamlScalarNode { Value: "all" })
        {
            return null;
        }

        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            Error(node.Start, "'sources' must be 'all' or a list of source names (export file names without .csv)");
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (Scalar(item) is { Length: > 0 } name)
            {
                names.Add(name);
            }
            else
            {
                Error(item.Start, "a source name must be plain text");
            }
        }

        return names;
    }

    private void RejectTags(YamlNode node)
    {
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            Error(node.Start, $"YAML tags such as '{node.Tag}' are not allowed in rule files");
        }

        foreach (var child in node.AllNodes.Skip(1))
        {
            if (!child.Tag.IsEmpty && !child.Tag.IsNonSpecific)
            {
                Error(child.Start, $"YAML tags such as '{child.Tag}' are not allowed in rule files");
            }
        }
    }

    private string? RequiredText(YamlMappingNode root, Dictionary<string, YamlNode> values, string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            Error(root.Start, $"missing required key '{key}'");
            return null;
        }

        var text = Scalar(node);
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(node.Start, $"'{key}' must be non-empty text");
            return null;
        }

        return text.Trim();
    }

    private string? OptionalText(Dictionary<string, YamlNode> values, string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        var text = Scalar(node);
        if (text is null)
        {
            Error(node.Start, $"'{key}' must be plain text");
        }

        return text?.Trim();
    }

    private double OptionalNumber(Dictionary<string, YamlNode> values, string key, double fallback, double min, double max) =>
        values.TryGetValue(key, out var node) ? Number(node, $"'{key}'", min, max) : fallback;

    private bool OptionalBool(Dictionary<string, YamlNode> values, string key, bool fallback)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return fallback;
        }

        if (Scalar(node) is "true" or "false")
        {
            return Scalar(node) == "true";
        }

        Error(node.Start, $"'{key}' must be true or false");
        return fallback;
    }

    private double Number(YamlNode node, string what, double min, double max)
    {
        if (Scalar(node) is not { } text || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Error(node.Start, $"{what} must be a number");
            return double.NaN;
        }

        if (value < min || value > max)
        {
            Error(node.Start, $"{what} {text} is out of range ({min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)})");
            return double.NaN;
        }

        return value;
    }

    private double MissingKey(YamlMappingNode root, string key)
    {
        Error(root.Start, $"missing required key '{key}'");
        return double.NaN;
    }

    private List<RuleComparison>? MissingComparisons(YamlMappingNode root)
    {
        Error(root.Start, "missing required key 'compare'");
        return null;
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : null;

    private static bool IsValidId(string id) => id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private void Error(Mark mark, string message) =>
        _errors.Add(new RuleError(_fileName, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message));
}
