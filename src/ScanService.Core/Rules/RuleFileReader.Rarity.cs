using YamlDotNet.RepresentationModel;

namespace ScanService.Rules;

/// <summary>
/// The optional <c>rarity</c> of a link rule: per field, either one limit both ways (<c>name: 2</c>) or the most a
/// rare value may add and a common one take away (<c>name: {rare: 2, common: 0.5}</c>).
/// </summary>
internal sealed partial class RuleFileReader
{
    public const double MaxRarity = 10;

    private static readonly string[] RarityFields = ["name"];
    private static readonly string[] RarityKeys = ["rare", "common"];

    private Dictionary<string, RarityLimit> ReadRarity(YamlNode node, List<RuleComparison>? comparisons)
    {
        var limits = new Dictionary<string, RarityLimit>(StringComparer.Ordinal);
        if (node is not YamlMappingNode fields)
        {
            _yaml.Error(node.Start, "'rarity' must map a field (" + string.Join(", ", RarityFields) + ") to the most its rarity may add or take away");
            return limits;
        }

        foreach (var (fieldNode, limitNode) in fields.Children)
        {
            var field = YamlFile.Scalar(fieldNode) ?? string.Empty;
            if (!RarityFields.Contains(field))
            {
                _yaml.Error(fieldNode.Start, $"rarity cannot be applied to '{field}'" + Suggest.Hint(field, RarityFields));
                continue;
            }

            if (comparisons is not null && !comparisons.Any(c => c.Field == field))
            {
                _yaml.Error(fieldNode.Start, $"rarity is given for '{field}', which this rule does not compare");
            }

            if (ReadLimit(field, limitNode) is { } limit)
            {
                limits[field] = limit;
            }
        }

        return limits;
    }

    private RarityLimit? ReadLimit(string field, YamlNode node)
    {
        if (node is not YamlMappingNode sides)
        {
            var both = _yaml.Number(node, $"rarity of {field}", 0, MaxRarity);
            return double.IsNaN(both) ? null : RarityLimit.Symmetric(both);
        }

        var values = _yaml.Entries(sides, RarityKeys, $"in the rarity of {field}");
        if (values.Count == 0)
        {
            _yaml.Error(node.Start, $"the rarity of {field} must give 'rare' (the most a rare name adds), 'common' (the most a common name takes away), or both");
            return null;
        }

        var rare = values.TryGetValue("rare", out var rareNode) ? _yaml.Number(rareNode, $"'rare' in the rarity of {field}", 0, MaxRarity) : 0;
        var common = values.TryGetValue("common", out var commonNode) ? _yaml.Number(commonNode, $"'common' in the rarity of {field}", 0, MaxRarity) : 0;
        return double.IsNaN(rare) || double.IsNaN(common) ? null : new RarityLimit(rare, common);
    }
}
