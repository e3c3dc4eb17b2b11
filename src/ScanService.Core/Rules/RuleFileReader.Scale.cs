using YamlDotNet.RepresentationModel;

namespace ScanService.Rules;

/// <summary>The optional <c>scale</c> of a link rule: how its weak evidence weighs as the subjects grow.</summary>
internal sealed partial class RuleFileReader
{
    public const int MaxReferenceSubjects = 10_000_000;
    public const double MaxStepPerDoubling = 5;

    private static readonly string[] ScaleKeys = ["reference_subjects", "per_doubling"];

    private RuleScale? ReadScale(YamlNode node, List<RuleComparison>? comparisons)
    {
        if (node is not YamlMappingNode scale)
        {
            _yaml.Error(node.Start, "'scale' must give 'reference_subjects' and 'per_doubling'");
            return null;
        }

        var values = _yaml.Entries(scale, ScaleKeys, "in 'scale'");
        int? reference = null;
        if (values.TryGetValue("reference_subjects", out var referenceNode))
        {
            reference = _yaml.WholeNumber(referenceNode, "'reference_subjects'", 1, MaxReferenceSubjects);
        }
        else
        {
            _yaml.Missing(scale, "reference_subjects", "the number of subjects the weights were set for");
        }

        var steps = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        if (values.TryGetValue("per_doubling", out var stepsNode))
        {
            ReadSteps(stepsNode, comparisons, steps);
        }
        else
        {
            _yaml.Missing(scale, "per_doubling", "per field, the amount each level's weight changes each time the subjects double");
        }

        return reference is { } subjects ? new RuleScale(subjects, steps) : null;
    }

    private void ReadSteps(YamlNode node, List<RuleComparison>? comparisons, Dictionary<string, IReadOnlyDictionary<string, double>> steps)
    {
        if (node is not YamlMappingNode fields)
        {
            _yaml.Error(node.Start, "'per_doubling' must map a compared field to its levels and the change per doubling");
            return;
        }

        foreach (var (fieldNode, levelsNode) in fields.Children)
        {
            var field = YamlFile.Scalar(fieldNode) ?? string.Empty;
            var compared = comparisons?.FirstOrDefault(c => c.Field == field);
            if (comparisons is not null && compared is null)
            {
                _yaml.Error(fieldNode.Start, $"'per_doubling' names '{field}', which this rule does not compare" +
                    Suggest.Hint(field, comparisons.Select(c => c.Field).ToList()));
                continue;
            }

            if (levelsNode is not YamlMappingNode levels)
            {
                _yaml.Error(levelsNode.Start, $"'{field}' in 'per_doubling' must map levels to the change per doubling");
                continue;
            }

            var byLevel = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (levelNode, stepNode) in levels.Children)
            {
                var level = YamlFile.Scalar(levelNode) ?? string.Empty;
                if (compared is not null && !compared.WeightByLevel.ContainsKey(level))
                {
                    _yaml.Error(levelNode.Start, $"'per_doubling' names level '{level}' of '{field}', which the rule does not weigh" +
                        Suggest.Hint(level, compared.WeightByLevel.Keys.ToList()));
                    continue;
                }

                var step = _yaml.Number(stepNode, $"the change per doubling of {field} {level}", -MaxStepPerDoubling, MaxStepPerDoubling);
                if (!double.IsNaN(step))
                {
                    byLevel[level] = step;
                }
            }

            steps[field] = byLevel;
        }
    }
}
