using System.Globalization;
using System.Text.RegularExpressions;

namespace ScanService.Host.Cli;

/// <summary>
/// The quarantine files of nights before a cut-off. They hold rejected rows as the partner sent them (personal
/// data), so they go with the runs they belong to.
/// </summary>
internal static partial class QuarantineFiles
{
    public static List<string> Before(string folder, DateOnly cutoff)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "quarantine-*.csv")
            .Where(path => NightOf(Path.GetFileName(path)) is { } night && night < cutoff)
            .ToList();
    }

    private static DateOnly? NightOf(string fileName)
    {
        var match = FileName().Match(fileName);
        return match.Success && DateOnly.TryParseExact(match.Groups["night"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var night)
            ? night
            : null;
    }

    // quarantine-2026-11-23-run1.csv, as QuarantineWriter names them.
    [GeneratedRegex(@"^quarantine-(?<night>\d{4}-\d{2}-\d{2})-run\d+\.csv$")]
    private static partial Regex FileName();
}
