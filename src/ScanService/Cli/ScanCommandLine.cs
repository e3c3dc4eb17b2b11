using System.CommandLine;

namespace ScanService.Host.Cli;

internal static class ScanCommandLine
{
    public static RootCommand Create() => new("ScanService: scans partner exports every night for links with open modern slavery investigations.")
    {
        RunCommand.Create(),
        AlertsCommand.Create(),
        SamplesCommand.Create(),
        EvaluateCommand.Create(),
        DbCommand.Create(),
        AuditCommand.Create(),
        BenchCommand.Create(),
        RulesCommand.Create(),
        ServeCommand.Create(),
        StatusCommand.Create(),
    };
}
