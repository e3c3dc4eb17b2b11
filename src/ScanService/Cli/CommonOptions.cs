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
        Description = "Database provider: sqlite, postgres or sqlserver (default: Scan:Provider in appsettings.json).",
        HelpName = "sqlite|postgres|sqlserver",
    }.AcceptOnlyFromAmong(Configuration.ScanOptions.Providers);

    /// <summary>Who is acting, for the audit log; defaults to the account running the command.</summary>
    public static Option<string?> By(string what) => new("--by")
    {
        Description = $"Who {what}, for the audit log (default: the current user account).",
        HelpName = "NAME",
    };

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
