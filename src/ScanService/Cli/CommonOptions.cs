using System.CommandLine;
using System.Globalization;

namespace ScanService.Host.Cli;

/// <summary>Options shared by several commands, described once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() => new("--database")
    {
        Description = "Database connection string (default: Scan:Database in appsettings.json, an SQLite file under data/).",
        HelpName = "CONN",
    };

    public static Option<string?> Provider() => new Option<string?>("--provider")
    {
        Description = "Database provider: sqlite (default: Scan:Provider in appsettings.json).",
        HelpName = "sqlite",
    }.AcceptOnlyFromAmong(Configuration.ScanOptions.Providers);

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
