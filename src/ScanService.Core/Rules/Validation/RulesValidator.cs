using ScanService.Ingest.Mappings;
using ScanService.Normalise;

namespace ScanService.Rules.Validation;

/// <summary>What <c>scan rules validate</c> found: the folder as read, and every error and warning.</summary>
public sealed record RuleValidation(RuleFolderReading Reading, IReadOnlyList<RuleError> Problems, int SourcesChecked)
{
    public bool IsValid => Problems.All(p => p.IsWarning);

    public int ErrorCount => Problems.Count(p => !p.IsWarning);

    public int WarningCount => Problems.Count(p => p.IsWarning);
}

/// <summary>
/// Checks a rules folder in one pass: every rule and mapping file, and — given a night's exports — whether the rules
/// can work on them. A rule that cannot match on a field tonight is a warning, not an error: it is still a correct
/// rule (it may anticipate a source not yet delivered), and the run would go ahead with it.
/// </summary>
public static class RulesValidator
{
    public static RuleValidation Validate(string rulesDirectory, string? exportsDirectory = null)
    {
        var reading = RuleFolder.Read(rulesDirectory);
        var problems = new List<RuleError>(reading.Problems);
        var sources = 0;
        if (exportsDirectory is not null)
        {
            var coverage = ExportCoverage.Read(exportsDirectory, new SourceMappings(reading.Mappings), problems);
            sources = coverage.Count(c => c.Fields is not null);
            foreach (var rule in reading.Rules.Where(r => r.Enabled))
            {
                problems.AddRange(CheckRule(rule, coverage, exportsDirectory));
            }

            foreach (var rule in reading.AllRules.OfType<ComplianceRule>().Where(r => r.Enabled))
            {
                problems.AddRange(CheckCompliance(rule, coverage, exportsDirectory));
            }
        }

        var ordered = problems
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column)
            .ToList();
        return new RuleValidation(reading, ordered, sources);
    }

    /// <summary>
    /// A follow-up source that is not delivered beside the rule's sources would turn every one of their records into an
    /// alert. A night with none of the rule's sources leaves the rule idle, which is not a problem.
    /// </summary>
    private static IEnumerable<RuleError> CheckCompliance(ComplianceRule rule, List<SourceCoverage> coverage, string exportsDirectory)
    {
        var names = coverage.Select(c => c.Source).ToList();
        if (names.Any(rule.AppliesTo) && !names.Contains(rule.RequiredSource))
        {
            yield return RuleError.Warning(rule.FileName, rule.Positions.Id,
                $"source '{rule.RequiredSource}' is not among the exports in {exportsDirectory}, so every record of " +
                $"{string.Join(", ", names.Where(rule.AppliesTo))} will be overdue" + Suggest.Hint(rule.RequiredSource, names));
        }
    }

    private static IEnumerable<RuleError> CheckRule(LinkRule rule, List<SourceCoverage> coverage, string exportsDirectory)
    {
        var names = coverage.Select(c => c.Source).ToList();
        foreach (var source in rule.Sources ?? new HashSet<string>())
        {
            if (!names.Contains(source))
            {
                yield return RuleError.Warning(rule.FileName, rule.Positions.SourceOrId(source),
                    $"source '{source}' is not among the exports in {exportsDirectory}" + Suggest.Hint(source, names));
            }
        }

        var inScope = coverage.Where(c => rule.Sources is null || rule.Sources.Contains(c.Source)).ToList();
        if (inScope.Count == 0)
        {
            yield return RuleError.Warning(rule.FileName, rule.Positions.Id, $"rule '{rule.Id}' applies to none of the exports in {exportsDirectory}");
            yield break;
        }

        foreach (var comparison in rule.Comparisons)
        {
            var columns = FieldColumns.Of(comparison.Field);
            if (!inScope.Any(c => c.Fields is null || columns.Any(c.Fields.Contains)))
            {
                yield return RuleError.Warning(rule.FileName, rule.Positions.FieldOrId(comparison.Field),
                    $"rule '{rule.Id}' compares '{comparison.Field}', but no source it applies to provides it " +
                    $"(a {string.Join(" or ", columns)} column, directly or through a mapping); it cannot match on '{comparison.Field}' " +
                    $"in these exports ({string.Join(", ", inScope.Select(c => c.Source))})");
            }
        }
    }
}

/// <summary>Which standard columns feed each field a rule compares.</summary>
public static class FieldColumns
{
    public static IReadOnlyList<string> Of(string ruleField) => ruleField switch
    {
        "name" => ["forename", "surname", "full_name"],
        // A postcode alone gives no building, and premises are compared by building.
        "premises" => ["address"],
        "identifier" => IdentifierNormaliser.Columns,
        _ => [ruleField],
    };
}
