using Dapper;
using Microsoft.Data.Sqlite;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>A night whose exports are in partner layouts, read through the shipped source mappings.</summary>
public class PartnerLayoutNightTests
{
    private static readonly string PartnerLayouts = Repository.Path("samples", "partner-layouts");

    private static readonly AlertKey[] Expected =
    [
        new("nrm-casework", "NRMC-26-0001", "INV-2026-021", "SUB-0213", "same-person"),
        new("nrm-casework", "NRMC-26-0001", "INV-2026-021", "SUB-0213", "same-phone"),
        new("nrm-casework", "NRMC-26-0002", "INV-2026-014", "SUB-0142", "same-person"),
        new("nrm-casework", "NRMC-26-0003", "INV-2026-036", "SUB-0361", "same-person"),
        new("nrm-casework", "NRMC-26-0007", "INV-2026-031", "SUB-0312", "same-person"),
        new("nrm-casework", "NRMC-26-0007", "INV-2026-031", "SUB-0312", "same-phone"),
        new("glaa-visits", "GLAAV-26-0101", "INV-2026-021", "SUB-0210", "same-person"),
        new("glaa-visits", "GLAAV-26-0101", "INV-2026-021", "SUB-0210", "same-phone"),
        new("glaa-visits", "GLAAV-26-0101", "INV-2026-021", "SUB-0210", "same-premises"),
        new("glaa-visits", "GLAAV-26-0101", "INV-2026-031", "SUB-0210", "same-person"),
        new("glaa-visits", "GLAAV-26-0101", "INV-2026-031", "SUB-0210", "same-phone"),
        new("glaa-visits", "GLAAV-26-0101", "INV-2026-031", "SUB-0210", "same-premises"),
        new("glaa-visits", "GLAAV-26-0102", "INV-2026-027", "SUB-0272", "same-phone"),
        new("glaa-visits", "GLAAV-26-0102", "INV-2026-027", "SUB-0272", "same-premises"),
    ];

    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task A_night_in_partner_layouts_links_through_the_shipped_mappings()
    {
        var run = await _workspace.RunAsync("2026-11-23", PartnerLayouts);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("link alerts: 14 new, 0 repeat");
        AlertKey.ReadCsvText((await _workspace.ExportAsync()).Output).ShouldBe(Expected, ignoreOrder: true);
    }

    [Test]
    public async Task The_quarantine_names_each_mapped_rows_line_and_the_partners_own_column()
    {
        await _workspace.RunAsync("2026-11-23", PartnerLayouts);

        var quarantine = File.ReadAllLines(Directory.GetFiles(_workspace.QuarantineFolder).ShouldHaveSingleItem());
        quarantine.ShouldContain(l => l.StartsWith("glaa-visits,glaa-visits.csv,8,GLAAV-26-0105,Date of birth,field-dropped,"));
        quarantine.ShouldContain(l => l.StartsWith("nrm-casework,nrm-casework.csv,6,NRMC-26-0005,DOB (dd/mm/yyyy),field-dropped,"));
    }

    [Test]
    public async Task A_broken_mapping_stops_the_run_with_its_location_and_writes_no_alerts_or_digest()
    {
        var rules = RulesFolderCopy.Create(_workspace.Root);
        RulesFolderCopy.Edit(rules, Path.Combine("mappings", "nrm-casework.yaml"), "header_row: 1", "header_rwo: 1");

        var run = await _workspace.RunAsync("2026-11-23", PartnerLayouts, rules);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("mappings/nrm-casework.yaml:6:1: unknown key 'header_rwo'; did you mean 'header_row'?");
        _workspace.Digests.ShouldBeEmpty();
        using var connection = new SqliteConnection(_workspace.Database);
        connection.ExecuteScalar<long>("select count(*) from link_alerts").ShouldBe(0);
        connection.QuerySingle<string>("select status from scan_runs").ShouldBe("failed");
    }
}
