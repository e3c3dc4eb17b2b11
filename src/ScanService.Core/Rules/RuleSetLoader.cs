using System.Security.Cryptography;
using System.Text;

namespace ScanService.Rules;

/// <summary>
/// Loads every <c>*.yaml</c>/<c>*.yml</c> file at the top of the rules folder, read fresh on each run so an edited
/// rule takes effect at the next run. Any error anywhere fails the whole set: a half-loaded rule set would
/// make a quiet night out of a broken one.
/// </summary>
public static class RuleSetLoader
{
    public static RuleSet Load(string directory)
    {
        var (rules, errors, hash) = Read(directory);
        return errors.Count > 0 ? throw new RuleSetException(errors) : new RuleSet(rules, hash);
    }

    /// <summary>Every problem in one pass, for <c>scan rules validate</c> and for the run's own check.</summary>
    public static (IReadOnlyList<LinkRule> Rules, IReadOnlyList<RuleError> Errors, string Hash) Read(string directory)
    {
        var errors = new List<RuleError>();
        var rules = new List<LinkRule>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new RuleError(directory, 1, 1, "rules folder does not exist"));
            return (rules, errors, string.Empty);
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in files)
        {
            var fileName = Path.GetFileName(path);
            var length = new FileInfo(path).Length;
            if (length > RuleFileReader.MaxFileBytes)
            {
                errors.Add(new RuleError(fileName, 1, 1, $"file is {length} bytes; rule files are limited to {RuleFileReader.MaxFileBytes} bytes"));
                continue;
            }

            var text = File.ReadAllText(path, Encoding.UTF8);
            hash.AppendData(Encoding.UTF8.GetBytes(fileName + "\n" + text + "\n"));
            if (new RuleFileReader(fileName, errors).Read(text) is { } rule)
            {
                rules.Add(rule);
            }
        }

        foreach (var duplicate in rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            var files2 = string.Join(", ", duplicate.Select(r => r.FileName));
            foreach (var rule in duplicate.Skip(1))
            {
                errors.Add(new RuleError(rule.FileName, 1, 1, $"rule id '{duplicate.Key}' is used by more than one file ({files2})"));
            }
        }

        if (files.Count == 0)
        {
            errors.Add(new RuleError(directory, 1, 1, "no rule files (*.yaml) found"));
        }

        return (rules, errors, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
