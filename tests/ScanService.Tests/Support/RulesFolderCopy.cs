using ScanService.Testing;

namespace ScanService.Tests.Support;

/// <summary>A copy of the shipped rules folder (rules, mappings, tests) that a test may break.</summary>
internal static class RulesFolderCopy
{
    public static string Create(string root)
    {
        var target = Path.Combine(root, "rules");
        foreach (var file in Directory.GetFiles(Repository.Rules, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Repository.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    public static void Edit(string rules, string relativePath, string find, string replaceWith)
    {
        var path = Path.Combine(rules, relativePath);
        var text = File.ReadAllText(path);
        text.ShouldContain(find);
        File.WriteAllText(path, text.Replace(find, replaceWith));
    }
}
