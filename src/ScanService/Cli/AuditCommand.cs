using System.CommandLine;
using System.Globalization;
using ScanService.Model;

namespace ScanService.Host.Cli;

/// <summary><c>scan audit --since DATE</c>: who was sent or given what, oldest first.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var since = new Option<string>("--since")
        {
            Description = "First day to list, yyyy-MM-dd, in the unit's time zone.",
            HelpName = "yyyy-MM-dd",
            Required = true,
        };
        var until = new Option<string?>("--until") { Description = "Last day to list, yyyy-MM-dd (default: no end).", HelpName = "yyyy-MM-dd" };
        var limit = new Option<int>("--limit") { Description = "At most this many entries (default 1000).", DefaultValueFactory = _ => 1000 };
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();
        var command = new Command("audit", "List the audit log: digests written (recipients, alert ids), exports, dispositions, purges.")
        {
            since, until, limit, database, provider,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.ReportedAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (!CommonOptions.TryParseDate(parse.GetValue(since)!, out var first))
            {
                await error.WriteLineAsync($"--since '{parse.GetValue(since)}' is not a date in the form yyyy-MM-dd");
                return ExitCodes.UsageError;
            }

            DateOnly? last = null;
            if (parse.GetValue(until) is { } untilText)
            {
                if (!CommonOptions.TryParseDate(untilText, out var parsed) || parsed < first)
                {
                    await error.WriteLineAsync($"--until '{untilText}' is not a date in the form yyyy-MM-dd on or after --since");
                    return ExitCodes.UsageError;
                }

                last = parsed;
            }

            var take = parse.GetValue(limit);
            if (take < 1)
            {
                await error.WriteLineAsync("--limit must be at least 1");
                return ExitCodes.UsageError;
            }

            using var host = HostFactory.TryCreateForDatabase(parse, error, database, provider);
            if (host is null)
            {
                return ExitCodes.UsageError;
            }

            var store = await host.OpenStoreAsync(cancellationToken);

            // One more than asked for: to say that the list was cut short.
            var entries = await store.GetAuditAsync(
                host.StartOf(first), last is { } day ? host.StartOf(day.AddDays(1)) : null, skip: 0, take + 1, cancellationToken);
            foreach (var entry in entries.Take(take))
            {
                Write(output, entry, host.Zone);
            }

            if (entries.Count > take)
            {
                await error.WriteLineAsync($"more than {take} entries: narrow --since/--until or raise --limit");
            }
            else if (entries.Count == 0)
            {
                await error.WriteLineAsync("no audit entries in that period");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(TextWriter output, AuditEntry entry, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(entry.OccurredAt, zone);
        var line = string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm:ss zzz}  {Action(entry.Action),-15}  by {entry.Actor}");
        if (entry.RunId is { } runId)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"  run {runId}");
        }

        if (entry.RowCount is { } rows)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"  {rows} rows");
        }

        output.WriteLine(line);
        if (entry.Recipients.Count > 0)
        {
            output.WriteLine($"    to: {string.Join(", ", entry.Recipients)}");
        }

        if (entry.AlertIds.Count > 0)
        {
            output.WriteLine($"    alert ids: {string.Join(", ", entry.AlertIds.Select(id => id.ToString(CultureInfo.InvariantCulture)))}");
        }

        if (entry.Detail is not null)
        {
            output.WriteLine($"    {entry.Detail}");
        }
    }

    // DigestWritten → digest-written: the words the audit_log table holds.
    private static string Action(AuditAction action) =>
        string.Concat(action.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
