using System.Reflection;
using ScanService.Normalise;

namespace ScanService.Match.Names;

/// <summary>Reads the name reference tables embedded in this assembly (see <c>Match/Names/Data</c>).</summary>
internal static class NameData
{
    private const string Prefix = "ScanService.Match.Names.Data.";

    /// <summary>The lines of one embedded file, trimmed, without blank lines or <c>#</c> comments.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        // A missing table is a packaging bug, not bad input: fail loudly rather than match worse in silence.
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"embedded name table '{fileName}' is missing from the build");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>A name as the tables spell it, folded like partner data; null when it is not a single word.</summary>
    public static string? FoldSingleWord(string name)
    {
        var folded = NameFolder.Fold(name);
        return folded.Length == 0 || folded.Contains(' ') ? null : folded;
    }
}
