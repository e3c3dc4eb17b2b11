using System.CommandLine;
using ScanService.Digest;
using ScanService.Host.Configuration;
using ScanService.Host.Hosting;

namespace ScanService.Host.Cli;

internal static class HostFactory
{
    /// <summary>The host, or null after printing every configuration problem to standard error.</summary>
    public static ScanHost? TryCreate(
        TextWriter error,
        Action<ScanOptions, DigestOptions>? overrides = null,
        Func<Microsoft.Extensions.Configuration.IConfiguration, ScanOptions, IEnumerable<string>>? moreChecks = null)
    {
        try
        {
            return ScanHost.Create(overrides, moreChecks);
        }
        catch (OptionsValidationException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }

    /// <summary>
    /// The host and the <c>Schedule</c> settings for <c>serve</c> and <c>status</c>, checked together with every other
    /// setting; null after printing every problem.
    /// </summary>
    public static (ScanHost Host, ScheduleOptions Schedule)? TryCreateScheduled(
        ParseResult parse, TextWriter error, Option<string?> database, Option<string?> provider, bool clustered = false)
    {
        ScheduleOptions? schedule = null;
        var host = TryCreate(
            error,
            (scan, _) =>
            {
                scan.Database = parse.GetValue(database) ?? scan.Database;
                scan.Provider = parse.GetValue(provider) ?? scan.Provider;
            },
            (configuration, scan) =>
            {
                schedule = ScheduleOptions.From(configuration, clustered);
                return schedule.Validate(scan.Provider);
            });
        return host is null || schedule is null ? null : (host, schedule);
    }

    /// <summary>The host for a command that only needs the database: <c>--database</c> and <c>--provider</c> override configuration.</summary>
    public static ScanHost? TryCreateForDatabase(ParseResult parse, TextWriter error, Option<string?> database, Option<string?> provider) =>
        TryCreate(error, (scan, _) =>
        {
            scan.Database = parse.GetValue(database) ?? scan.Database;
            scan.Provider = parse.GetValue(provider) ?? scan.Provider;
        });
}
