using ScanService.Testing;
using Dapper;
using Microsoft.Data.Sqlite;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>The nightly scan on the bundled samples, through the real command line.</summary>
public class SampleNightTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    private long CountRows(string table)
    {
        using var connection = new SqliteConnection(_workspace.Database);
        return connection.ExecuteScalar<long>($"select count(*) from {table}");
    }

    [Test]
    public async Task The_sample_night_completes_and_finds_exactly_the_planted_links()
    {
        var run = await _workspace.RunAsync("2026-11-23");

        run.ExitCode.ShouldBe(0, run.Error);
        var export = await _workspace.ExportAsync();
        export.ExitCode.ShouldBe(0, export.Error);
        var alerts = AlertKey.ReadCsvText(export.Output);
        alerts.ShouldBe(AlertKey.ExpectedOnSamples(), ignoreOrder: true);
        alerts.Count.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Test]
    public async Task No_decoy_is_alerted()
    {
        await _workspace.RunAsync("2026-11-23");

        var alerted = AlertKey.ReadCsvText((await _workspace.ExportAsync()).Output).Select(a => (a.Source, a.RecordId)).ToHashSet();
        var decoys = File.ReadAllLines(Repository.Path("samples", "decoys.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(fields => (fields[0], fields[1]));

        decoys.ShouldNotBeEmpty();
        decoys.ShouldAllBe(decoy => !alerted.Contains(decoy));
    }

    [Test]
    public async Task The_run_writes_one_digest_and_prints_a_summary_with_per_source_counts()
    {
        var run = await _workspace.RunAsync("2026-11-23");

        var digest = _workspace.Digests.ShouldHaveSingleItem();
        Path.GetFileName(digest).ShouldBe("digest-2026-11-23-run1.eml");
        File.ReadAllText(digest).ShouldContain("multipart/alternative");
        run.Output.ShouldContain("completed");
        run.Output.ShouldContain("police-intelligence");
        run.Output.ShouldContain($"link alerts: {AlertKey.ExpectedOnSamples().Count} new, 0 repeat");
        run.Output.ShouldContain(digest);
    }

    [Test]
    public async Task Running_the_same_night_again_leaves_the_same_alerts_and_no_second_digest()
    {
        await _workspace.RunAsync("2026-11-23");
        var first = (await _workspace.ExportAsync()).Output;
        var rowsAfterFirst = CountRows("link_alerts");

        var again = await _workspace.RunAsync("2026-11-23");

        again.ExitCode.ShouldBe(0, again.Error);
        CountRows("link_alerts").ShouldBe(rowsAfterFirst);
        AlertKey.ReadCsvText((await _workspace.ExportAsync()).Output).ShouldBe(AlertKey.ReadCsvText(first));
        _workspace.Digests.Length.ShouldBe(1);
        again.Output.ShouldContain("already written");
    }

    [Test]
    public async Task Resend_digest_writes_the_nights_digest_again_when_asked()
    {
        await _workspace.RunAsync("2026-11-23");

        await _workspace.RunAsync("2026-11-23", extra: "--resend-digest");

        _workspace.Digests.Length.ShouldBe(2);
    }

    [Test]
    public async Task Links_already_alerted_on_an_earlier_night_are_repeats_the_next_night()
    {
        await _workspace.RunAsync("2026-11-23");

        var next = await _workspace.RunAsync("2026-11-24");

        next.Output.ShouldContain($"link alerts: 0 new, {AlertKey.ExpectedOnSamples().Count} repeat");
        var export = (await _workspace.ExportAsync("--run", "latest")).Output;
        export.ShouldContain(",repeat,2026-11-23,");
        export.ShouldNotContain(",new,");
        _workspace.Digests.Length.ShouldBe(2);
    }

    [Test]
    public async Task Rejected_rows_and_dropped_values_are_written_to_the_quarantine_file_with_line_field_and_reason()
    {
        await _workspace.RunAsync("2026-11-23");

        var lines = File.ReadAllLines(Directory.GetFiles(_workspace.QuarantineFolder).ShouldHaveSingleItem());
        lines[0].ShouldBe("source,file,line,record_id,field,outcome,reason");
        lines.ShouldContain(l => l.StartsWith("la-safeguarding,la-safeguarding.csv,17,,record_id,rejected,"));
        lines.ShouldContain(l => l.StartsWith("police-intelligence,police-intelligence.csv,19,INT-26-409901,(row),rejected,") && l.Contains("15 fields"));
        lines.ShouldContain(l => l.StartsWith("helpline-reports,helpline-reports.csv,27,MSH-2611-1184,record_id,rejected,") && l.Contains("line 10"));
        lines.ShouldContain(l => l.StartsWith("helpline-reports,helpline-reports.csv,5,MSH-2611-1733,(row),rejected,"));
        lines.ShouldContain(l => l.StartsWith("la-safeguarding,la-safeguarding.csv,16,LA-SG-2026-32455,date_of_birth,field-dropped,"));
        lines.ShouldContain(l => l.StartsWith("police-intelligence,police-intelligence.csv,6,INT-26-408421,date_of_birth,field-dropped,"));
    }

    [Test]
    public async Task Every_input_row_is_accounted_for_in_the_run_record()
    {
        await _workspace.RunAsync("2026-11-23");

        using var connection = new SqliteConnection(_workspace.Database);
        var sources = connection.Query<(string Source, long Read, long Accepted, long Rejected)>(
            "select source, rows_read, accepted, rejected from scan_run_sources").ToList();
        sources.Count.ShouldBe(7);
        foreach (var (source, read, accepted, rejected) in sources)
        {
            var dataRows = CountCsvRows(Path.Combine(Repository.SampleExports, source + ".csv"));
            read.ShouldBe(dataRows, source);
            (accepted + rejected).ShouldBe(read, source);
        }
    }

    /// <summary>Rows as any CSV reader counts them: records after the header, quoted line breaks included.</summary>
    private static long CountCsvRows(string path)
    {
        using var reader = new CsvHelper.CsvParser(new StreamReader(path), System.Globalization.CultureInfo.InvariantCulture);
        long rows = -1;
        while (reader.Read())
        {
            if (!(reader.Count == 1 && reader[0].Length == 0))
            {
                rows++;
            }
        }

        return rows;
    }
}
