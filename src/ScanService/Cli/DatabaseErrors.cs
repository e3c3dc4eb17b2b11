using System.Data.Common;
using ScanService.Storage.Migrations;

namespace ScanService.Host.Cli;

/// <summary>
/// Turns "the database cannot be used" (unreachable, refused, wrong schema) into one line on standard error and
/// exit status 1, instead of a stack trace. The provider's message names host and reason, never the password; the
/// connection string itself is never printed.
/// </summary>
internal static class DatabaseErrors
{
    public static async Task<int> ReportedAsync(TextWriter error, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (Exception ex) when (ex is DbException or SchemaVersionException or TimeoutException)
        {
            await error.WriteLineAsync($"the database could not be used: {ex.Message}");
            return ExitCodes.RunFailed;
        }
    }
}
