namespace ScanService.Rules.Testing;

/// <summary>Reads every rule test file in <c>&lt;rules&gt;/tests/</c> (<c>*.yaml</c>, one file per rule by convention).</summary>
public static class RuleTestLoader
{
    public const string FolderName = "tests";

    public static (IReadOnlyList<RuleTestCase> Cases, IReadOnlyList<RuleError> Errors) Read(string rulesDirectory)
    {
        var errors = new List<RuleError>();
        var cases = new List<RuleTestCase>();
        var directory = Path.Combine(rulesDirectory, FolderName);
        if (!Directory.Exists(directory))
        {
            return (cases, errors);
        }

        foreach (var path in RuleSetLoader.YamlFiles(directory))
        {
            var name = FolderName + "/" + Path.GetFileName(path);
            if (YamlFile.ReadText(path, name, RuleTestFileReader.KindOfFile, errors) is { } text)
            {
                cases.AddRange(new RuleTestFileReader(name, errors).Read(text));
            }
        }

        return (cases, errors);
    }

    /// <summary>Rules no case expects anything of: each gets a warning at its id.</summary>
    public static IEnumerable<RuleError> Untested(IEnumerable<IScanRule> rules, IEnumerable<RuleTestCase> cases)
    {
        var tested = cases.SelectMany(c => c.Expectations).Select(e => e.RuleId).ToHashSet(StringComparer.Ordinal);
        return rules.Where(r => !tested.Contains(r.Id)).Select(r => RuleError.Warning(r.FileName, r.Positions.Id,
            $"rule '{r.Id}' has no tests; add cases to {FolderName}/{r.Id}.yaml, decoys included"));
    }
}
