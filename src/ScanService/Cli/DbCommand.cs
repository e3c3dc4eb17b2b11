using System.CommandLine;
using System.Globalization;
using ScanService.Host.Hosting;
using ScanService.Model;

namespace ScanService.Host.Cli;

/// <summary><c>scan db migrate</c> and <c>scan db purge</c>: the schema, and retention.</summary>
internal static class DbCommand
{
    public static Command Create() => new("db", "Database schema and retention.")
    {
        Migrate(),
        Purge(),
    };

    private static Command Migrate()
    {
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();
        var command = new Command("migrate", "Apply the schema scripts this version needs (safe to run again; waits for another migrating process).")
        {
            database, provider,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.ReportedAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            using var host = HostFactory.TryCreateForDatabase(parse, error, database, provider);
            if (host is null)
            {
                return ExitCodes.UsageError;
            }

            await host.CreateMigratingStore().MigrateAsync(cancellationToken);
            await output.WriteLineAsync($"{host.Scan.Provider} database schema is up to date");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Purge()
    {
        var olderThan = new Option<int>("--older-than")
        {
            Description = "Delete runs of nights more than this many days ago, with their alerts and source reports.",
            HelpName = "DAYS",
            Required = true,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be deleted, delete nothing." };
        var by = CommonOptions.By("is purging");
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();
        var command = new Command(
            "purge",
            "Delete runs, alerts, source reports and quarantine files older than the cut-off. Audit entries are kept for Scan:Retention:KeepAuditDays; dispositions are kept.")
        {
            olderThan, dryRun, by, database, provider,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.ReportedAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var days = parse.GetValue(olderThan);
            if (days < 1)
            {
                await error.WriteLineAsync("--older-than must be at least 1 day");
                return ExitCodes.UsageError;
            }

            using var host = HostFactory.TryCreateForDatabase(parse, error, database, provider);
            if (host is null)
            {
                return ExitCodes.UsageError;
            }

            var store = await host.OpenStoreAsync(cancellationToken);
            var now = host.Clock.GetUtcNow();
            var request = new PurgeRequest(
                RunsBefore: host.Today().AddDays(-days),
                AuditBefore: now.AddDays(-host.Scan.Retention.KeepAuditDays),
                PurgedBy: parse.GetValue(by) ?? ScanHost.CurrentUser,
                PurgedAt: now,
                DryRun: parse.GetValue(dryRun));
            var result = await store.PurgeAsync(request, cancellationToken);
            var files = QuarantineFiles.Before(host.Scan.QuarantineDirectory, request.RunsBefore);
            if (!request.DryRun)
            {
                files.ForEach(File.Delete);
            }

            var verb = request.DryRun ? "would delete" : "deleted";
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"runs before {request.RunsBefore:yyyy-MM-dd}: {verb} {result.Runs} runs, {result.LinkAlerts} link alerts, " +
                $"{result.PatternAlerts} pattern alerts, {result.ComplianceAlerts} compliance alerts, " +
                $"{result.RunSources} source reports, {files.Count} quarantine files"));
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"audit entries older than {host.Scan.Retention.KeepAuditDays} days: {verb} {result.AuditEntries}"));
            return ExitCodes.Success;
        }));
        return command;
    }
}
