using System.Security.Cryptography;
using System.Text;
using ScanService.Rules;

namespace ScanService.Match.Generic;

/// <summary>Loads <c>lists/generic-values.yaml</c> from the rules folder; without the file the defaults apply.</summary>
public static class GenericValueLoader
{
    public static (GenericValueSettings Settings, IReadOnlyList<RuleError> Errors, string? Hash) Read(string rulesDirectory)
    {
        var path = Path.Combine(rulesDirectory, GenericValueFileReader.FolderName, GenericValueFileReader.FileName);
        if (!File.Exists(path))
        {
            return (GenericValueSettings.Default, [], null);
        }

        var errors = new List<RuleError>();
        var name = GenericValueFileReader.FolderName + "/" + GenericValueFileReader.FileName;
        var text = YamlFile.ReadText(path, name, "the generic values list", errors);
        if (text is null)
        {
            return (GenericValueSettings.Default, errors, null);
        }

        var settings = new GenericValueFileReader(errors).Read(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name + "\n" + text)));
        return (settings ?? GenericValueSettings.Default, errors, hash);
    }
}
