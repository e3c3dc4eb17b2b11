using System.Security.Cryptography;
using ScanService.Core.Tests.Support;
using ScanService.Ingest.Acquire;
using ScanService.Model;

namespace ScanService.Core.Tests.Ingest.Acquire;

public class ExportAcquirerTests
{
    private static readonly DateOnly Night = new(2026, 11, 23);
    private const string Referrals = "record_id,forename,surname\nR1,Ana,Popescu\n";

    private TempFolder _root = null!;
    private RecordingLogger _log = null!;

    [SetUp]
    public void SetUp()
    {
        _root = new TempFolder();
        _log = new RecordingLogger();
        Directory.CreateDirectory(Exports);
        Directory.CreateDirectory(Drop);
        File.WriteAllText(Path.Combine(Exports, "investigations.csv"), "investigation_ref,operation_name,status,team,officer,opened_on\n");
        File.WriteAllText(Path.Combine(Exports, "subjects.csv"), "investigation_ref,subject_ref,role\n");
    }

    [TearDown]
    public void TearDown() => _root.Dispose();

    private string Exports => Path.Combine(_root.Path, "exports");

    private string Drop => Path.Combine(_root.Path, "drop");

    [Test]
    public async Task Without_configured_sources_the_exports_folder_is_read_in_place_and_every_file_fingerprinted()
    {
        var referrals = Path.Combine(Exports, "nrm-referrals.csv");
        File.WriteAllText(referrals, Referrals);

        var night = await Acquirer(new AcquisitionOptions()).AcquireAsync(Night, 1, Exports, CancellationToken.None);

        night.IsWorkspace.ShouldBeFalse();
        night.Directory.ShouldBe(Exports);
        night.NotRead.ShouldBeEmpty();
        night.Inputs.Select(i => i.FileName).ShouldBe(["investigations.csv", "nrm-referrals.csv", "subjects.csv"]);
        var input = night.Inputs.Single(i => i.Source == "nrm-referrals");
        input.Sha256.ShouldBe(Sha256(referrals));
        input.SizeBytes.ShouldBe(new FileInfo(referrals).Length);
        input.Origin.ShouldBe(Path.GetFullPath(referrals));
    }

    [Test]
    public async Task A_dated_file_is_copied_into_the_run_workspace_checksummed_and_archived_with_the_original_kept()
    {
        var original = Path.Combine(Drop, "nrm-20261123.csv");
        File.WriteAllText(original, Referrals);
        File.WriteAllText(Path.Combine(Drop, "nrm-20261122.csv"), "record_id\nYESTERDAY\n");
        var options = Options(new ExportSourceOptions { Name = "nrm-referrals", Folder = Drop, FilePattern = "nrm-{date:yyyyMMdd}.csv" });
        var acquirer = Acquirer(options);

        var night = await acquirer.AcquireAsync(Night, 7, Exports, CancellationToken.None);

        night.IsWorkspace.ShouldBeTrue();
        Path.GetFileName(night.Directory).ShouldBe("2026-11-23-run7");
        File.ReadAllText(Path.Combine(night.Directory, "nrm-referrals.csv")).ShouldBe(Referrals);
        var input = night.Inputs.Single(i => i.Source == "nrm-referrals");
        input.FileName.ShouldBe("nrm-referrals.csv");
        input.Origin.ShouldBe(Path.GetFullPath(original));
        input.Sha256.ShouldBe(Sha256(original));
        night.Inputs.Select(i => i.FileName).ShouldBe(["investigations.csv", "subjects.csv", "nrm-referrals.csv"], ignoreOrder: true);

        var archived = acquirer.Archive(night, Night, 7)!;

        Directory.Exists(night.Directory).ShouldBeFalse();
        Sha256(Path.Combine(archived, "nrm-referrals.csv")).ShouldBe(input.Sha256);
        File.ReadAllText(original).ShouldBe(Referrals);
    }

    [Test]
    public async Task An_expected_source_that_never_arrives_is_waited_for_until_the_deadline_then_reported_missing()
    {
        var options = Options(new ExportSourceOptions { Name = "police-intelligence", Folder = Drop, FilePattern = "intel-{date:yyyy-MM-dd}.csv", Expected = true });
        options.WaitForExpectedMinutes = 0.8 / 60;

        var night = await Acquirer(options).AcquireAsync(Night, 1, Exports, CancellationToken.None);

        var missing = night.NotRead.ShouldHaveSingleItem();
        missing.Source.ShouldBe("police-intelligence");
        missing.Outcome.ShouldBe(SourceOutcome.Missing);
        missing.FileName.ShouldBe("intel-2026-11-23.csv");
        missing.Error!.ShouldContain("no file intel-2026-11-23.csv by the deadline");
        _log.Messages.Count(m => m.StartsWith("Waiting for 1 expected source(s) (police-intelligence)", StringComparison.Ordinal)).ShouldBeGreaterThan(1);
        night.Inputs.ShouldNotContain(i => i.Source == "police-intelligence");
    }

    [Test]
    public async Task An_expected_source_that_arrives_while_waited_for_is_read()
    {
        var options = Options(new ExportSourceOptions { Name = "police-intelligence", Folder = Drop, FilePattern = "intel-{date:yyyyMMdd}.csv", Expected = true });
        options.WaitForExpectedMinutes = 0.5;
        var acquiring = Acquirer(options).AcquireAsync(Night, 1, Exports, CancellationToken.None);

        await _log.WaitForAsync("Waiting for 1 expected source(s)", TimeSpan.FromSeconds(10));
        acquiring.IsCompleted.ShouldBeFalse();
        File.WriteAllText(Path.Combine(Drop, "intel-20261123.csv"), Referrals);
        var night = await acquiring;

        night.NotRead.ShouldBeEmpty();
        night.Inputs.Single(i => i.Source == "police-intelligence").Sha256.ShouldBe(Sha256(Path.Combine(Drop, "intel-20261123.csv")));
    }

    [Test]
    public async Task A_file_still_being_written_is_not_read_half_way_but_reported()
    {
        var path = Path.Combine(Drop, "helpline-20261123.csv");
        File.WriteAllText(path, "record_id,forename,surname\n");
        var options = Options(new ExportSourceOptions { Name = "helpline-reports", Folder = Drop, FilePattern = "helpline-{date:yyyyMMdd}.csv" });
        options.SettleSeconds = 0.3;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await File.AppendAllTextAsync(path, $"H{i},Ana,Popescu\n");
                await Task.Delay(20);
            }
        });

        var night = await Acquirer(options).AcquireAsync(Night, 1, Exports, CancellationToken.None);
        await stop.CancelAsync();
        await writer;

        night.Inputs.ShouldNotContain(i => i.Source == "helpline-reports");
        File.Exists(Path.Combine(night.Directory, "helpline-reports.csv")).ShouldBeFalse();
        night.NotRead.ShouldHaveSingleItem().Error!.ShouldContain("still being written; not read");
    }

    [Test]
    public void Invalid_sources_are_all_reported_at_once_each_naming_its_setting()
    {
        var options = Options(
            new ExportSourceOptions { Name = "nrm", Folder = "", FilePattern = "nrm-{day}.csv" },
            new ExportSourceOptions { Name = "nrm", Folder = Drop, FilePattern = "" });
        options.CheckEverySeconds = 0;

        var problems = options.Validate().ToList();

        problems.ShouldContain("Scan:Acquisition:Sources:0:Folder is empty (the drop folder or share the export arrives in)");
        problems.ShouldContain(p => p.StartsWith("Scan:Acquisition:Sources:0:FilePattern 'nrm-{day}.csv'", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("Scan:Acquisition:Sources:1:FilePattern is empty", StringComparison.Ordinal));
        problems.ShouldContain("Scan:Acquisition:Sources: the source name 'nrm' is used 2 times");
        problems.ShouldContain(p => p.StartsWith("Scan:Acquisition:CheckEverySeconds", StringComparison.Ordinal));
        problems.Count.ShouldBe(5);
    }

    [TestCase("nrm-{date:yyyyMMdd}.csv", "nrm-20261123.csv")]
    [TestCase("{date}-intel.csv", "20261123-intel.csv")]
    [TestCase("la_{date:dd-MM-yyyy}.csv", "la_23-11-2026.csv")]
    [TestCase("fixed.csv", "fixed.csv")]
    public void The_date_in_a_file_pattern_is_the_night_in_the_given_format(string pattern, string expected) =>
        FileNamePattern.Resolve(pattern, Night).ShouldBe(expected);

    private AcquisitionOptions Options(params ExportSourceOptions[] sources) => new()
    {
        Sources = [.. sources],
        WorkspaceDirectory = Path.Combine(_root.Path, "workspace"),
        ArchiveDirectory = Path.Combine(_root.Path, "archive"),
        WaitForExpectedMinutes = 0,
        CheckEverySeconds = 0.1,
        SettleSeconds = 0,
    };

    private ExportAcquirer Acquirer(AcquisitionOptions options) => new(options, TimeProvider.System, _log);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
