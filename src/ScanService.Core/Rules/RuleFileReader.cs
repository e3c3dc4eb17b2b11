using ScanService.Match.Comparators;
using YamlDotNet.RepresentationModel;

namespace ScanService.Rules;

/// <summary>
/// Reads one rule file into a <see cref="LinkRule"/>, collecting every problem with its line and column rather
/// than stopping at the first. The keys every rule has are read once; each kind then reads its own keys, so a new
/// kind of rule is a new entry in <see cref="KeysByKind"/> and a new branch in <see cref="Read"/>.
/// </summary>
internal sealed partial class RuleFileReader
{
    public const int MaxFileBytes = YamlFile.MaxBytes;
    public const double MaxWeight = 50;
    public const string KindOfFile = "rule files";

    private static readonly string[] CommonKeys = ["id", "kind", "version", "description", "severity", "enabled", "owner", "sources"];

    private static readonly Dictionary<string, string[]> KeysByKind = new(StringComparer.Ordinal)
    {
        ["link"] = ["compare", "rarity", "scale", "threshold"],
        ["pattern"] = PatternKeys,
        ["compliance"] = ComplianceKeys,
    };

    /// <summary>Fields whose agreement can be weighed by how rare the agreed value is.</summary>

    private static readonly string[] Severities = ["low", "medium", "high"];

    private readonly string _fileName;
    private readonly YamlFile _yaml;

    public RuleFileReader(string fileName, List<RuleError> errors)
    {
        _fileName = fileName;
        _yaml = new YamlFile(fileName, KindOfFile, errors);
    }

    public IScanRule? Read(string text)
    {
        var root = _yaml.LoadMapping(text, "a rule file holds exactly one rule: a mapping of keys such as id, kind, compare, threshold");
        if (root is null)
        {
            return null;
        }

        var (kind, readAs) = KindOf(root);
        string[] known = readAs is not null
            ? [.. CommonKeys, .. KeysByKind[readAs]]
            : [.. CommonKeys, .. KeysByKind.Values.SelectMany(k => k).Distinct()];
        var values = _yaml.Entries(root, known);
        var common = ReadCommon(root, values);
        IScanRule? rule = readAs switch
        {
            "link" => ReadLink(root, values, common),
            "pattern" => ReadPattern(root, values, common),
            "compliance" => ReadCompliance(root, values, common),
            _ => null,
        };
        return kind is null ? null : rule;
    }

    /// <summary>
    /// The rule's kind (link when not given), or null after reporting an unknown one. A misspelt kind is still read
    /// as the kind it most resembles, so the file's other problems are reported in the same pass.
    /// </summary>
    private (string? Kind, string? ReadAs) KindOf(YamlMappingNode root)
    {
        var node = root.Children.FirstOrDefault(e => YamlFile.Scalar(e.Key) == "kind").Value;
        var kind = node is null ? "link" : YamlFile.Scalar(node)?.Trim() ?? string.Empty;
        if (KeysByKind.ContainsKey(kind))
        {
            return (kind, kind);
        }

        _yaml.Error(node!.Start, $"unknown kind '{kind}'" + Suggest.Hint(kind, KeysByKind.Keys));
        return (null, Suggest.Closest(kind, KeysByKind.Keys));
    }

    private CommonParts ReadCommon(YamlMappingNode root, Dictionary<string, YamlNode> values)
    {
        var id = _yaml.RequiredText(root, values, "id");
        if (id is not null && !IsValidId(id))
        {
            _yaml.Error(values["id"].Start, $"rule id '{id}' must be lower-case letters, digits and hyphens");
        }

        var severity = _yaml.OptionalText(values, "severity") ?? "medium";
        if (!Severities.Contains(severity))
        {
            _yaml.Error(values["severity"].Start, $"severity '{severity}' is not one of {string.Join(", ", Severities)}" + Suggest.Hint(severity, Severities));
        }

        var sourcePositions = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        var sources = values.TryGetValue("sources", out var sourcesNode) ? ReadSources(sourcesNode, sourcePositions) : null;
        return new CommonParts(
            id,
            YamlFile.KeyPosition(root, "id"),
            values.TryGetValue("version", out var versionNode) ? _yaml.WholeNumber(versionNode, "'version'", 1, 1_000_000) ?? 1 : 1,
            _yaml.RequiredText(root, values, "description"),
            severity,
            _yaml.OptionalBool(values, "enabled", true),
            _yaml.OptionalText(values, "owner"),
            sources,
            sourcePositions);
    }

    private LinkRule? ReadLink(YamlMappingNode root, Dictionary<string, YamlNode> values, CommonParts common)
    {
        var threshold = values.TryGetValue("threshold", out var thresholdNode)
            ? _yaml.Number(thresholdNode, "'threshold'", -1000, 1000)
            : Missing(root, "threshold");
        var fieldPositions = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        List<RuleComparison>? comparisons = null;
        if (values.TryGetValue("compare", out var compareNode))
        {
            comparisons = ReadComparisons(compareNode, fieldPositions);
        }
        else
        {
            Missing(root, "compare");
        }

        var rarity = values.TryGetValue("rarity", out var rarityNode) ? ReadRarity(rarityNode, comparisons) : new Dictionary<string, RarityLimit>();
        var scale = values.TryGetValue("scale", out var scaleNode) ? ReadScale(scaleNode, comparisons) : null;
        if (common.Id is null || common.Description is null || comparisons is null || double.IsNaN(threshold))
        {
            return null;
        }

        return new LinkRule(common.Id, common.Version, common.Description, common.Severity, common.Enabled, common.Owner,
            common.Sources, comparisons, threshold, _fileName)
        {
            Rarity = rarity,
            Scale = scale,
            Positions = new RulePositions(common.IdAt, fieldPositions, common.SourcePositions),
        };
    }

    private List<RuleComparison>? ReadComparisons(YamlNode node, Dictionary<string, TextPosition> positions)
    {
        if (node is not YamlMappingNode fields || fields.Children.Count == 0)
        {
            _yaml.Error(node.Start, "'compare' must map each field (" + string.Join(", ", ComparatorCatalog.Fields) + ") to its levels and weights");
            return null;
        }

        var comparisons = new List<RuleComparison>();
        foreach (var (fieldNode, levelsNode) in fields.Children)
        {
            var field = YamlFile.Scalar(fieldNode) ?? string.Empty;
            if (!ComparatorCatalog.TryGet(field, out var comparator))
            {
                _yaml.Error(fieldNode.Start, $"unknown field '{field}'" + Suggest.Hint(field, ComparatorCatalog.Fields));
                continue;
            }

            if (!positions.TryAdd(field, TextPosition.Of(fieldNode.Start)))
            {
                _yaml.Error(fieldNode.Start, $"field '{field}' is compared twice");
                continue;
            }

            if (levelsNode is not YamlMappingNode levels || levels.Children.Count == 0)
            {
                _yaml.Error(levelsNode.Start, $"'{field}' must map levels ({string.Join(", ", comparator.Levels)}) to weights");
                continue;
            }

            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (levelNode, weightNode) in levels.Children)
            {
                var level = YamlFile.Scalar(levelNode) ?? string.Empty;
                if (!comparator.Levels.Contains(level))
                {
                    _yaml.Error(levelNode.Start, $"'{field}' has no level '{level}'" + Suggest.Hint(level, comparator.Levels));
                    continue;
                }

                var weight = _yaml.Number(weightNode, $"weight of {field}.{level}", -MaxWeight, MaxWeight);
                if (!double.IsNaN(weight) && !weights.TryAdd(level, weight))
                {
                    _yaml.Error(levelNode.Start, $"level '{level}' is given twice");
                }
            }

            comparisons.Add(new RuleComparison(field, weights));
        }

        return comparisons;
    }

    private HashSet<string>? ReadSources(YamlNode node, Dictionary<string, TextPosition> positions)
    {
        if (node is YamlScalarNode { Value: "all" })
        {
            return null;
        }

        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            _yaml.Error(node.Start, "'sources' must be 'all' or a list of source names (export file names without .csv)");
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (YamlFile.Scalar(item) is { Length: > 0 } name)
            {
                names.Add(name);
                positions.TryAdd(name, TextPosition.Of(item.Start));
            }
            else
            {
                _yaml.Error(item.Start, "a source name must be plain text");
            }
        }

        return names;
    }

    private double Missing(YamlMappingNode root, string key)
    {
        _yaml.Missing(root, key);
        return double.NaN;
    }

    private static bool IsValidId(string id) => id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>What every kind of rule says about itself.</summary>
    private sealed record CommonParts(
        string? Id,
        TextPosition IdAt,
        int Version,
        string? Description,
        string Severity,
        bool Enabled,
        string? Owner,
        HashSet<string>? Sources,
        Dictionary<string, TextPosition> SourcePositions);
}
