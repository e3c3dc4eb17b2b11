using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// Nights whose exports are pulled from configured drop folders, through the real command line: the inputs are
/// traced in the run record, archived after the run, and a missing expected export is waited for, reported in the
/// digest and the run record, and notified to operators.
/// </summary>
public class ExportAcquisitionTests
{
    private static readonly string[] PartnerSources =
        ["benefit-claims", "helpline-reports", "la-safeguarding", "labour-inspections", "nrm-referrals", "police-intelligence"];

    [Test]
    public async Task A_night_pulled_from_drop_folders_records_every_input_checksum_and_is_archived_with_the_originals_kept()
    {
        using var workspace = new ScanWorkspace();
        var drop = DropFolderWithDatedCopies(workspace, "20261123", PartnerSources);
        WriteSettings(workspace, Acquisition(drop, expected: []));

        var run = await workspace.RunAsync("2026-11-23");

        run.ExitCode.ShouldBe(0, run.Error);
        foreach (var source in PartnerSources)
        {
            run.Output.ShouldContain($"  {source,-26} read");
        }

        var inputs = await QueryAsync<InputRow>(workspace, "SELECT file_name AS FileName, origin AS Origin, size_bytes AS SizeBytes, sha256 AS Sha256 FROM scan_run_inputs WHERE run_id = 1");
        inputs.Count.ShouldBe(8);
        foreach (var source in PartnerSources)
        {
            var original = Path.Combine(drop, $"{source}-20261123.csv");
            var input = inputs.Single(i => i.FileName == source + ".csv");
            input.Origin.ShouldBe(Path.GetFullPath(original));
            input.Sha256.ShouldBe(Sha256(original));
            input.SizeBytes.ShouldBe(new FileInfo(original).Length);
            File.Exists(original).ShouldBeTrue("the partner's original is never moved or deleted");
        }

        var archive = Path.Combine(workspace.Root, "data", "archive", "2026-11-23-run1");
        Directory.GetFiles(archive).Length.ShouldBe(8);
        Directory.Exists(Path.Combine(workspace.Root, "data", "workspace", "2026-11-23-run1")).ShouldBeFalse();
        Sha256(Path.Combine(archive, "nrm-referrals.csv")).ShouldBe(inputs.Single(i => i.FileName == "nrm-referrals.csv").Sha256);
    }

    [Test]
    public async Task An_expected_export_that_does_not_arrive_by_the_deadline_is_reported_missing_in_digest_run_record_and_notice()
    {
        using var workspace = new ScanWorkspace();
        var present = PartnerSources.Where(s => s != "police-intelligence").ToArray();
        var drop = DropFolderWithDatedCopies(workspace, "20261123", present);
        WriteSettings(workspace, Acquisition(drop, expected: ["police-intelligence"], operators: "operators@unit.example"));

        var run = await workspace.RunAsync("2026-11-23");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("police-intelligence        missing");
        workspace.LogText().ShouldContain("Waiting for 1 expected source(s) (police-intelligence)");
        var recorded = await QueryAsync<string>(workspace, "SELECT outcome FROM scan_run_sources WHERE run_id = 1 AND source = 'police-intelligence'");
        recorded.ShouldBe(["missing"]);
        var digest = EmlText.Decode(workspace.Digests.Single(d => Path.GetFileName(d).StartsWith("digest-", StringComparison.Ordinal)));
        digest.ShouldContain("police-intelligence");
        digest.ShouldContain("no file police-intelligence-20261123.csv by the deadline");

        var notice = EmlText.Decode(Path.Combine(workspace.Outbox, "notice-2026-11-23-run1.eml"));
        notice.ShouldContain("Missing sources: police-intelligence");
        notice.ShouldContain("Run id: 1");
        PrivacyTests.PersonalValues().Where(v => notice.Contains(v, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    private static string DropFolderWithDatedCopies(ScanWorkspace workspace, string date, IEnumerable<string> sources)
    {
        var drop = Path.Combine(workspace.Root, "drop");
        Directory.CreateDirectory(drop);
        foreach (var source in sources)
        {
            File.Copy(Path.Combine(Repository.SampleExports, source + ".csv"), Path.Combine(drop, $"{source}-{date}.csv"));
        }

        return drop;
    }

    private static object Acquisition(string drop, string[] expected, string? operators = null) => new
    {
        Scan = new
        {
            Acquisition = new
            {
                Sources = PartnerSources.Select(s => new { Name = s, Folder = drop, FilePattern = s + "-{date:yyyyMMdd}.csv", Expected = expected.Contains(s) }),
                WaitForExpectedMinutes = 1.0 / 60,
                CheckEverySeconds = 0.2,
                SettleSeconds = 0.05,
            },
        },
        Digest = new { Operators = operators is null ? Array.Empty<string>() : [operators] },
    };

    private static void WriteSettings(ScanWorkspace workspace, object settings) =>
        File.WriteAllText(Path.Combine(workspace.Root, "appsettings.json"), JsonSerializer.Serialize(settings));

    private static async Task<List<T>> QueryAsync<T>(ScanWorkspace workspace, string sql)
    {
        await using var connection = new SqliteConnection(workspace.Database);
        return (await connection.QueryAsync<T>(sql)).AsList();
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private sealed record InputRow
    {
        public string FileName { get; init; } = "";

        public string Origin { get; init; } = "";

        public long SizeBytes { get; init; }

        public string Sha256 { get; init; } = "";
    }
}
