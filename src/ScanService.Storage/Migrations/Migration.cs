using System.Text.RegularExpressions;

namespace ScanService.Storage.Migrations;

/// <summary>One versioned schema script, e.g. <c>V001__initial.sql</c> → version 1, "initial".</summary>
internal sealed partial record Migration(int Version, string Description, string Script)
{
    /// <summary>Reads version and description from a script's file name; null when it is not named <c>V&lt;n&gt;__&lt;words&gt;.sql</c>.</summary>
    public static Migration? FromFile(string fileName, string script)
    {
        var match = ScriptName().Match(fileName);
        if (!match.Success)
        {
            return null;
        }

        var version = int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var description = match.Groups["description"].Value.Replace('_', ' ');
        return new Migration(version, description, script);
    }

    [GeneratedRegex(@"^V(?<version>\d{1,9})__(?<description>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}
