using ScanService.Testing;

namespace ScanService.Tests.Support;

/// <summary>The environment a test's <c>scan serve</c> node runs with: the workspace's database, the bundled night, a schedule.</summary>
internal static class ServeEnvironment
{
    public static Dictionary<string, string> For(ScanWorkspace workspace, string cron, string outbox) => new()
    {
        ["SCAN_Scan__Provider"] = workspace.Provider,
        ["SCAN_Scan__Database"] = workspace.Database,
        ["SCAN_Scan__ExportsDirectory"] = Repository.SampleExports,
        ["SCAN_Scan__RulesDirectory"] = Repository.Rules,
        ["SCAN_Digest__OutboxDirectory"] = outbox,
        ["SCAN_Schedule__Cron"] = cron,
        ["SCAN_Schedule__TimeZone"] = "Europe/London",
    };
}
