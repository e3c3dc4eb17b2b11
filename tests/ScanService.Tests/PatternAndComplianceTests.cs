using System.Globalization;
using CsvHelper;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>The pattern and compliance rules end to end, through the real command line, on SQLite.</summary>
public class PatternAndComplianceTests
{
    private const string Investigations = "investigations.csv";
    private const string Subjects = "subjects.csv";

    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task The_default_run_raises_the_crowded_address_pattern_and_an_nrm_referral_without_a_crime_record()
    {
        (await _workspace.RunAsync("2026-11-23")).ExitCode.ShouldBe(0);

        var patterns = await ExportAsync("pattern");
        var crowded = patterns.ShouldHaveSingleItem();
        crowded["rule_id"].ShouldBe("crowded-address");
        crowded["people_count"].ShouldBe("5");
        crowded["members"].ShouldContain("crime-records/CRM-26-118201");
        crowded["members"].ShouldContain("benefit-claims/DWP-UC-5290114");
        crowded["key_masked"].ShouldBe("postcode M5 …");

        var overdue = (await ExportAsync("compliance")).Select(r => r["record_id"]).ToList();
        overdue.ShouldContain("NRM-26-041971");
        overdue.ShouldNotContain("NRM-26-041390", "its crime record CRM-26-118201 quotes it");
        overdue.ShouldNotContain("NRM-26-041545", "dated 2026-11-22: its 24 hours have not run out by the night of the 23rd");
    }

    [Test]
    public async Task A_compliance_alert_closes_itself_when_the_crime_record_arrives_on_a_later_night()
    {
        var exports = _workspace.CopyOfSampleExports();
        (await _workspace.RunAsync("2026-11-23", exports)).ExitCode.ShouldBe(0);
        (await ExportAsync("compliance")).Select(r => r["record_id"]).ShouldContain("NRM-26-041971");

        // The next night's export holds only the new crime record; the referral itself is known from the history.
        File.WriteAllText(Path.Combine(exports, "crime-records.csv"),
            "record_id,record_date,crime_reference,nrm_reference,offence,forename,surname,date_of_birth\n" +
            "CRM-26-118290,2026-11-24,WMP-26-118290,NRM-26-041971,Modern slavery: forced labour,Ahmad,Hakimi,1994\n");
        (await _workspace.RunAsync("2026-11-24", exports)).ExitCode.ShouldBe(0);

        var stillOpen = (await ExportAsync("compliance")).Select(r => r["record_id"]).ToList();
        stillOpen.ShouldNotContain("NRM-26-041971");
        stillOpen.ShouldContain("NRM-26-041226", "no crime record has arrived for it");
        var digest = EmlText.Decode(_workspace.Digests.Single(d => d.Contains("2026-11-24")));
        var closed = digest.IndexOf("Closed tonight (1)", digest.IndexOf("CRIME RECORDING", StringComparison.Ordinal), StringComparison.Ordinal);
        closed.ShouldBeGreaterThan(-1);
        digest.IndexOf("nrm-referrals/NRM-26-041971", closed, StringComparison.Ordinal).ShouldBeGreaterThan(closed);
    }

    [Test]
    public async Task A_pattern_is_found_across_two_nights_from_the_history()
    {
        var night1 = Night("night1", "helpline-reports.csv", "MSH-1", "MSH-2", "MSH-3");
        var night2 = Night("night2", "benefit-claims.csv", "DWP-4", "DWP-5");

        (await _workspace.RunAsync("2026-11-23", night1)).ExitCode.ShouldBe(0);
        (await ExportAsync("pattern")).ShouldBeEmpty("three people are fewer than five");
        (await _workspace.RunAsync("2026-11-24", night2)).ExitCode.ShouldBe(0);

        var pattern = (await ExportAsync("pattern")).ShouldHaveSingleItem();
        pattern["people_count"].ShouldBe("5");
        pattern["members"].ShouldBe("benefit-claims/DWP-4; benefit-claims/DWP-5; helpline-reports/MSH-1; helpline-reports/MSH-2; helpline-reports/MSH-3");
    }

    [Test]
    public async Task Without_the_earlier_night_the_second_night_alone_raises_no_pattern()
    {
        var night2 = Night("night2", "benefit-claims.csv", "DWP-4", "DWP-5");

        (await _workspace.RunAsync("2026-11-24", night2)).ExitCode.ShouldBe(0);

        (await ExportAsync("pattern")).ShouldBeEmpty();
    }

    [Test]
    public async Task A_history_retention_too_short_for_a_pattern_window_is_refused_at_start_with_every_problem()
    {
        File.WriteAllText(Path.Combine(_workspace.Root, "appsettings.json"),
            """{ "Scan": { "Retention": { "HistoryDays": 7, "KeepAuditDays": 0 } } }""");

        var run = await _workspace.RunAsync("2026-11-23");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Scan:Retention:HistoryDays must be from 31 to 731");
        run.Error.ShouldContain("Scan:Retention:KeepAuditDays must be at least 1");
        File.Exists(Path.Combine(_workspace.Root, "data", "scan.db")).ShouldBeFalse();
    }

    private static readonly string[] People = ["Bogdan Rusu", "Valentin Ionescu", "Sorin Lupu", "Ionut Stan", "Mihai Dobre"];

    /// <summary>A night folder with the sample investigations and one source of people all at one (invented) Salford house.</summary>
    private string Night(string name, string file, params string[] recordIds)
    {
        var folder = Path.Combine(_workspace.Root, name);
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Repository.SampleExports, Investigations), Path.Combine(folder, Investigations));
        File.Copy(Path.Combine(Repository.SampleExports, Subjects), Path.Combine(folder, Subjects));
        var rows = recordIds.Select(id =>
        {
            var person = People[int.Parse(id[^1..], CultureInfo.InvariantCulture) - 1].Split(' ');
            return $"{id},2026-11-2{(file.StartsWith("helpline", StringComparison.Ordinal) ? 3 : 4)},{person[0]},{person[1]},\"60 Eccles New Road, Salford\",M5 4UE";
        });
        File.WriteAllLines(Path.Combine(folder, file), ["record_id,record_date,forename,surname,address,postcode", .. rows]);
        return folder;
    }

    private async Task<List<Dictionary<string, string>>> ExportAsync(string kind)
    {
        var export = await _workspace.ExportAsync("--kind", kind);
        export.ExitCode.ShouldBe(0, export.Error);
        using var csv = new CsvReader(new StringReader(export.Output), CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        await csv.ReadAsync();
        csv.ReadHeader();
        while (await csv.ReadAsync())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return rows;
    }
}
