using System.Security.Cryptography;
using System.Text;
using ScanService.Rules;

namespace ScanService.Ingest.Mappings;

/// <summary>
/// Loads the source mappings of a rules folder (<c>&lt;rules&gt;/mappings/*.yaml</c>), read fresh on every run
/// like the rules. A folder without <c>mappings/</c> simply has none.
/// </summary>
public static class SourceMappingLoader
{
    public const string FolderName = "mappings";

    public static (IReadOnlyList<SourceMapping> Mappings, IReadOnlyList<RuleError> Errors, string? Hash) Read(string rulesDirectory)
    {
        var errors = new List<RuleError>();
        var mappings = new List<SourceMapping>();
        var directory = Path.Combine(rulesDirectory, FolderName);
        if (!Directory.Exists(directory))
        {
            return (mappings, errors, null);
        }

        var files = RuleSetLoader.YamlFiles(directory);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in files)
        {
            var name = FolderName + "/" + Path.GetFileName(path);
            var source = Path.GetFileNameWithoutExtension(path);
            if (YamlFile.ReadText(path, name, SourceMappingReader.KindOfFile, errors) is not { } text)
            {
                continue;
            }

            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n" + text + "\n"));
            if (mappings.FirstOrDefault(m => m.Source == source) is { } earlier)
            {
                errors.Add(new RuleError(name, 1, 1, $"source '{source}' already has a mapping ({earlier.FileName}); keep one of the two files"));
                continue;
            }

            if (new SourceMappingReader(source, name, errors).Read(text) is { } mapping)
            {
                mappings.Add(mapping);
            }
        }

        return (mappings, errors, files.Count == 0 ? null : Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
