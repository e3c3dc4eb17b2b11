using ScanService.Tests.Support;

namespace ScanService.Tests.Scheduling;

/// <summary><c>scan serve</c> refuses a wrong schedule at start, listing every problem at once.</summary>
public class ServeCommandTests
{
    [Test]
    public async Task Serve_lists_every_schedule_problem_at_once_and_starts_nothing()
    {
        using var workspace = new ScanWorkspace();
        await File.WriteAllTextAsync(Path.Combine(workspace.Root, "appsettings.json"), """
            { "Schedule": { "Cron": "0 0 25 * * ?", "TimeZone": "Mars/Olympus_Mons", "Clustered": true, "CheckinIntervalSeconds": 0 } }
            """);

        var serve = await ScanWorkspace.InvokeAsync("serve", "--database", workspace.Database, "--provider", "sqlite");

        serve.ExitCode.ShouldBe(2, serve.Error);
        serve.Error.ShouldContain("4 problem(s)");
        serve.Error.ShouldContain("Schedule:Cron '0 0 25 * * ?' is not a valid Quartz cron expression");
        serve.Error.ShouldContain("Schedule:TimeZone 'Mars/Olympus_Mons' is not a known time zone");
        serve.Error.ShouldContain("Schedule:Clustered needs Scan:Provider postgres or sqlserver");
        serve.Error.ShouldContain("Schedule:CheckinIntervalSeconds must be at least 1");
        File.Exists(Path.Combine(workspace.Root, "data", "scan.db")).ShouldBeFalse("nothing is opened when the configuration is wrong");
    }

    [Test]
    public async Task Clustered_on_the_command_line_is_refused_for_sqlite()
    {
        using var workspace = new ScanWorkspace();

        var serve = await ScanWorkspace.InvokeAsync("serve", "--clustered", "--database", workspace.Database, "--provider", "sqlite");

        serve.ExitCode.ShouldBe(2);
        serve.Error.ShouldContain("Schedule:Clustered needs Scan:Provider postgres or sqlserver");
    }
}
