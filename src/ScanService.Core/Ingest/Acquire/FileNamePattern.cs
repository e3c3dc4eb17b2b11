using System.Globalization;
using System.Text.RegularExpressions;

namespace ScanService.Ingest.Acquire;

/// <summary>File names with the night's date in them: <c>nrm-{date:yyyyMMdd}.csv</c> → <c>nrm-20261123.csv</c>.</summary>
public static partial class FileNamePattern
{
    public static string Resolve(string pattern, DateOnly night) =>
        DatePlaceholder().Replace(pattern, m =>
            night.ToString(m.Groups["format"].Success ? m.Groups["format"].Value : "yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>Why the pattern cannot name a file, or null.</summary>
    public static string? Problem(string pattern)
    {
        var resolved = Resolve(pattern, new DateOnly(2026, 11, 23));
        if (resolved.Contains('{') || resolved.Contains('}'))
        {
            return "only {date} or {date:FORMAT} may appear in braces";
        }

        return resolved.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 ? "it gives a name with characters not allowed in a file name" : null;
    }

    [GeneratedRegex(@"\{date(?::(?<format>[^}]+))?\}")]
    private static partial Regex DatePlaceholder();
}
