using System.CommandLine;

namespace ScanService.Host.Cli;

/// <summary><c>scan alerts</c>: export the alerts of a run, and record analysts' verdicts on them.</summary>
internal static class AlertsCommand
{
    public static Command Create() => new("alerts", "Work with stored link alerts.")
    {
        AlertsExportCommand.Create(),
        AlertsDisposeCommand.Create(),
    };
}
