using System.Security.Cryptography;
using System.Text;

namespace ScanService.Rules;

/// <summary>
/// Loads every <c>*.yaml</c>/<c>*.yml</c> file at the top of the rules folder, read fresh on each run so an edited
/// rule takes effect at the next run. Any error anywhere fails the whole set: a half-loaded rule set would
/// make a quiet night out of a broken one. Subfolders (<c>mappings/</c>, <c>tests/</c>) are not rules.
/// </summary>
public static class RuleSetLoader
{
    public static RuleSet Load(string directory)
    {
        var (rules, errors, hash) = Read(directory);
        return errors.Count > 0 ? throw new RuleSetException(errors) : RuleSet.Of(rules, hash);
    }

    /// <summary>Every problem in one pass, for <c>scan rules validate</c> and for the run's own check.</summary>
    public static (IReadOnlyList<IScanRule> Rules, IReadOnlyList<RuleError> Errors, string Hash) Read(string directory)
    {
        var errors = new List<RuleError>();
        var rules = new List<IScanRule>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new RuleError(directory, 1, 1, "rules folder does not exist"));
            return (rules, errors, string.Empty);
        }

        var files = YamlFiles(directory);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in files)
        {
            var fileName = Path.GetFileName(path);
            if (YamlFile.ReadText(path, fileName, RuleFileReader.KindOfFile, errors) is not { } text)
            {
                continue;
            }

            hash.AppendData(Encoding.UTF8.GetBytes(fileName + "\n" + text + "\n"));
            if (new RuleFileReader(fileName, errors).Read(text) is { } rule)
            {
                rules.Add(rule);
            }
        }

        foreach (var duplicate in rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var rule in duplicate.Skip(1))
            {
                errors.Add(RuleError.At(rule.FileName, rule.Positions.Id,
                    $"rule id '{duplicate.Key}' is already used by {first.FileName} (line {first.Positions.Id.Line}); give this rule another id"));
            }
        }

        if (files.Count == 0)
        {
            errors.Add(new RuleError(directory, 1, 1, "no rule files (*.yaml) found"));
        }

        return (rules, errors, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The <c>*.yaml</c> and <c>*.yml</c> files directly in a folder, in a stable order.</summary>
    internal static List<string> YamlFiles(string directory) => Directory.EnumerateFiles(directory)
        .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
        .ToList();
}
