using System.Security.Cryptography;
using System.Text;
using ScanService.Ingest.Mappings;
using ScanService.Match.Generic;

namespace ScanService.Rules;

/// <summary>
/// Everything a run takes from the rules folder: the rules, the source mappings and the generic values list. All are
/// read fresh on every run and an error in any stops the run before anything is written, since a mapping that cannot
/// be read would make its source's links vanish as surely as a broken rule.
/// </summary>
public sealed record RuleFolder(RuleSet RuleSet, SourceMappings Mappings)
{
    /// <summary>When a phone or premises is too widely shared to link people (<c>lists/generic-values.yaml</c>).</summary>
    public GenericValueSettings GenericValues { get; init; } = GenericValueSettings.Default;

    /// <summary>Loads the folder, or throws with every error in it.</summary>
    public static RuleFolder Load(string directory)
    {
        var reading = Read(directory);
        var errors = reading.Problems.Where(p => !p.IsWarning).ToList();
        return errors.Count > 0
            ? throw new RuleSetException(errors)
            : new RuleFolder(RuleSet.Of(reading.AllRules, reading.Hash), new SourceMappings(reading.Mappings))
            {
                GenericValues = reading.GenericValues,
            };
    }

    /// <summary>Every rule and mapping that could be read, and every problem, in one pass.</summary>
    public static RuleFolderReading Read(string directory)
    {
        var (rules, ruleErrors, rulesHash) = RuleSetLoader.Read(directory);
        var (mappings, mappingErrors, mappingsHash) = Directory.Exists(directory)
            ? SourceMappingLoader.Read(directory)
            : ([], [], null);
        var (generic, genericErrors, genericHash) = Directory.Exists(directory)
            ? GenericValueLoader.Read(directory)
            : (GenericValueSettings.Default, [], null);
        return new RuleFolderReading(rules, mappings, [.. ruleErrors, .. mappingErrors, .. genericErrors], Combine(Combine(rulesHash, mappingsHash), genericHash))
        {
            GenericValues = generic,
        };
    }

    /// <summary>A folder without mappings (or lists) keeps the hash of its rules alone, so adding a feature changed no hash.</summary>
    private static string Combine(string rulesHash, string? otherHash) => otherHash is null
        ? rulesHash
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rulesHash + "\n" + otherHash)));
}

/// <summary>What reading a rules folder found, usable or not.</summary>
public sealed record RuleFolderReading(
    IReadOnlyList<IScanRule> AllRules,
    IReadOnlyList<SourceMapping> Mappings,
    IReadOnlyList<RuleError> Problems,
    string Hash)
{
    public GenericValueSettings GenericValues { get; init; } = GenericValueSettings.Default;

    /// <summary>The link rules: the only kind that rule tests and export coverage look at field by field.</summary>
    public IReadOnlyList<LinkRule> Rules { get; } = [.. AllRules.OfType<LinkRule>()];
}
