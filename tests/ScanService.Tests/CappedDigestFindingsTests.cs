using System.Globalization;
using CsvHelper;
using ScanService.Digest;
using ScanService.Model;
using ScanService.Notify;
using ScanService.Storage;
using ScanService.Store;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// The digest reads only the pattern and compliance alerts it lists, plus each group's count; the message it sends is
/// the one it sent when it read every alert of the night.
/// </summary>
public class CappedDigestFindingsTests
{
    private const int Cap = 2;

    private static readonly DateOnly Night1 = new(2026, 11, 23);
    private static readonly DateOnly Night2 = new(2026, 11, 24);

    private DirectoryInfo _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("scan-capped-digest-");

    [TearDown]
    public void TearDown() => _folder.Delete(recursive: true);

    [Test]
    public async Task The_digest_built_from_the_capped_read_is_the_digest_built_from_every_alert_of_the_night()
    {
        var store = ScanStoreFactory.Create("sqlite", $"Data Source={Path.Combine(_folder.FullName, "scan.db")}");
        await store.MigrateAsync(CancellationToken.None);
        // Every group over the cap: still open and closed from the night before, new tonight.
        await CompleteAsync(store, Night1, Keys("open", 4).Concat(Keys("gone", 5)));
        var tonight = await CompleteAsync(store, Night2, Keys("open", 4).Concat(Keys("fresh", 3)));
        var run = (await store.GetRunAsync(tonight, CancellationToken.None))!;
        var capped = Publisher("capped");
        var whole = Publisher("whole");

        var shown = await store.GetShownFindingsAsync(tonight, capped.FindingsListedPerGroup, CancellationToken.None);
        var cappedDigest = await capped.PublishAsync(Input(run, shown), CancellationToken.None);
        var everyAlert = ShownFindings.FirstOf(await store.GetFindingsAsync(tonight, CancellationToken.None), int.MaxValue);
        var wholeDigest = await whole.PublishAsync(Input(run, everyAlert), CancellationToken.None);

        shown.Patterns.StillOpen.First.Count.ShouldBe(Cap, "the capped read holds no more than the digest lists");
        everyAlert.Patterns.StillOpen.First.Count.ShouldBe(2 * 4);
        var cappedBodies = EmlText.Bodies(cappedDigest);
        cappedBodies.Length.ShouldBe(2, "a text and an HTML body");
        cappedBodies.ShouldBe(EmlText.Bodies(wholeDigest));
        var text = cappedBodies[0];
        text.ShouldContain("… and 6 more alerts, see `scan alerts export --kind pattern`");
        text.ShouldContain("… and 8 more alerts, see `scan alerts export --kind compliance`");
        text.ShouldContain("Closed tonight (10)");
    }

    [Test]
    public async Task A_nights_digest_lists_the_configured_cap_of_each_group_first_in_order_and_counts_the_rest()
    {
        using var workspace = new ScanWorkspace();
        // The workspace is the current directory, whose appsettings.json is read over the bundled one.
        await File.WriteAllTextAsync(Path.Combine(workspace.Root, "appsettings.json"), """{ "Digest": { "MaxLinksInBody": 1 } }""");
        (await workspace.RunAsync("2026-11-23")).ExitCode.ShouldBe(0);
        (await workspace.RunAsync("2026-11-24")).ExitCode.ShouldBe(0);

        var export = await workspace.ExportAsync("--kind", "compliance");
        export.ExitCode.ShouldBe(0, export.Error);
        var overdue = ComplianceRows(export.Output)
            .OrderBy(r => r.Rule, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var groups = new[] { ("New", overdue.Where(r => r.Status == "new").ToList()), ("Still open", overdue.Where(r => r.Status != "new").ToList()) };
        groups.ShouldContain(g => g.Item2.Count > 1, "the cap of one must leave alerts of a group out");
        var text = EmlText.Bodies(workspace.Digests.Single(d => d.Contains("2026-11-24", StringComparison.Ordinal)))[0];
        var section = text[text.IndexOf("CRIME RECORDING", StringComparison.Ordinal)..];

        foreach (var (title, rows) in groups)
        {
            var group = section[section.IndexOf($"{title} ({rows.Count})", StringComparison.Ordinal)..];
            group = group[..group.IndexOf(title == "New" ? "Still open (" : "Closed tonight (", StringComparison.Ordinal)];
            for (var i = 0; i < rows.Count; i++)
            {
                group.Contains(rows[i].Key + " · due", StringComparison.Ordinal).ShouldBe(i == 0, $"{title}: {rows[i].Key}, {i + 1} of {rows.Count}");
            }

            group.Contains($"… and {rows.Count - 1} more alert", StringComparison.Ordinal).ShouldBe(rows.Count > 1, title);
        }
    }

    private static List<(string Rule, string Key, string Status)> ComplianceRows(string exported)
    {
        using var csv = new CsvReader(new StringReader(exported), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<(string, string, string)>();
        while (csv.Read())
        {
            rows.Add((csv.GetField("rule_id")!, csv.GetField("source") + "/" + csv.GetField("record_id"), csv.GetField("status")!));
        }

        return rows;
    }

    private PickupFolderDigestPublisher Publisher(string outbox) => new(new DigestOptions
    {
        From = "scanservice@unit.example",
        To = ["coordinators@unit.example"],
        OutboxDirectory = Path.Combine(_folder.FullName, outbox),
        MaxLinksInBody = Cap,
    });

    private static DigestInput Input(RunRecord run, ShownFindings findings) =>
        new(run, [], new Dictionary<string, Investigation>(), new Dictionary<string, RuleSummary>
        {
            ["crowded-address"] = new("crowded-address", "Five or more people at one address within 30 days", "medium"),
        }) { Findings = findings };

    private static IEnumerable<string> Keys(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}-{i}");

    // Two rules of each kind alert every key, so that the order is by rule, then key.
    private static async Task<long> CompleteAsync(IScanStore store, DateOnly night, IEnumerable<string> keys)
    {
        var runId = await store.StartRunAsync(night, At(night, 1), "rules-v1", CancellationToken.None);
        var keyList = keys.ToList();
        await store.CompleteRunAsync(
            new RunCompletion(runId, night, At(night, 2), [new SourceReport("nrm-referrals", "nrm-referrals.csv", SourceOutcome.Read, 10, 10, 0, 0, null)], [])
            {
                Patterns = [.. keyList.SelectMany(k => new[] { "shared-phone", "crowded-address" }.Select(rule =>
                    new PatternAlert(rule, 1, k, "postcode M8 …", [$"nrm-referrals/{k}-a", $"helpline-reports/{k}-b"], 2, "2 distinct people …")))],
                Compliance = [.. keyList.SelectMany(k => new[] { "nrm-without-crime", "dwp-without-crime" }.Select(rule =>
                    new ComplianceAlert(rule, 1, "nrm-referrals", k, Night1, $"{k} has no crime record")))],
            },
            CancellationToken.None);
        return runId;
    }

    private static DateTimeOffset At(DateOnly night, int hour) => new(night.ToDateTime(new TimeOnly(hour, 0)).AddDays(1), TimeSpan.Zero);
}
