using System.Globalization;
using ScanService.Compliance;
using ScanService.Model;
using ScanService.Patterns;
using ScanService.Pipeline;
using ScanService.Rules;
using ScanService.Storage;
using ScanService.Store;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// Night after night on a real store, the findings that read only tonight's values and the patterns carried from the
/// night before are exactly those of reading every earlier key: patterns that form, persist with no new member, and
/// break up as their members age out; records dated ahead of their night; after a rule change; with a night run
/// out of order.
/// </summary>
public class RunningNightsFindingsTests
{
    private const int HistoryDays = 35;
    private static readonly DateOnly FirstNight = new(2026, 9, 1);
    private static readonly string[] Sources = ["benefit-claims", "helpline-reports", "nrm-referrals", "crime-records"];

    [Test]
    public async Task Sixty_nights_find_exactly_what_reading_the_whole_history_finds()
    {
        using var workspace = new ScanWorkspace();
        var store = ScanStoreFactory.Create("sqlite", workspace.Database);
        await store.MigrateAsync(CancellationToken.None);
        var rules = RuleFolder.Load(Repository.Rules).RuleSet;
        // Halfway the phone rule is loosened: values of earlier nights that never qualified now do.
        var loosened = rules with
        {
            Hash = rules.Hash + "-loosened",
            Patterns = [.. rules.Patterns.Select(p => p.GroupBy == PatternRule.ByPhone ? p with { MinPeople = p.MinPeople - 1 } : p)],
        };
        var random = new Random(20261124);
        var nights = Enumerable.Range(0, 60).Select(FirstNight.AddDays).ToList();
        // Night 45 is run late, after 46: night 47 must not trust 46's alerts.
        (nights[45], nights[46]) = (nights[46], nights[45]);

        var persisted = 0;
        var wholeWindowNights = new List<DateOnly>();
        var carried = 0;
        foreach (var night in nights)
        {
            var tonightRules = night >= FirstNight.AddDays(30) ? loosened : rules;
            var tonight = KeysOf(night, random);
            var runId = await store.StartRunAsync(night, At(night), tonightRules.Hash, CancellationToken.None);

            var (found, _, wholeWindow, patternsCarried) = await NightFindingsStage.AddKeysAsync(
                new RunCompletion(runId, night, At(night), [], []), store, tonightRules, tonight, HistoryDays, CancellationToken.None);
            if (wholeWindow)
            {
                wholeWindowNights.Add(night);
            }

            carried += patternsCarried;


            var (patterns, compliance) = await WholeHistoryFindingsAsync(store, tonightRules, night, tonight);
            found.Patterns.Select(Described).ShouldBe(patterns.Select(Described), $"patterns of {night:yyyy-MM-dd}");
            found.Compliance.ShouldBe(compliance, $"compliance of {night:yyyy-MM-dd}");
            var givenTonight = tonight.Select(k => k.Value).ToHashSet();
            persisted += found.Patterns.Count(p => !givenTonight.Contains(p.PatternKey));
            await store.CompleteRunAsync(found with { FinishedAt = At(night) }, CancellationToken.None);
        }

        persisted.ShouldBeGreaterThan(0, "some patterns were open on nights that gave none of their values");
        carried.ShouldBeGreaterThan(0, "some of those were carried as they were, their keys not read");
        carried.ShouldBeLessThan(persisted, "and some lost members as their window passed, and were worked out again");
        wholeWindowNights.ShouldBe(
            [FirstNight, FirstNight.AddDays(30), FirstNight.AddDays(47)],
            "the first night, the night of the rule change and the night after one run out of order read the whole window; the others only what they can change");
    }

    private static async Task<(List<PatternAlert> Patterns, List<ComplianceAlert> Compliance)> WholeHistoryFindingsAsync(
        IScanStore store, RuleSet rules, DateOnly night, IReadOnlyList<RecordKey> tonight)
    {
        var keepFrom = night.AddDays(-HistoryDays);
        var keys = (await store.GetHistoryAsync(night, CancellationToken.None)).Where(k => k.Night >= keepFrom).Concat(tonight).ToList();
        return (PatternDetector.Detect(rules.Patterns, night, keys), ComplianceChecker.Check(rules.Compliance, night, keys));
    }

    // Small pools of people, phones and premises, so that groups form across nights and age out of the window.
    private static List<RecordKey> KeysOf(DateOnly night, Random random)
    {
        var keys = new List<RecordKey>();
        for (var r = 0; r < 12; r++)
        {
            var source = Sources[random.Next(Sources.Length)];
            var recordId = string.Create(CultureInfo.InvariantCulture, $"{night:MMdd}-{r}");
            var person = Hex("person", random.Next(40));
            // Mostly dated a day or two before the night they are read; a few dated ahead of it, by a partner's clock.
            var recordDate = random.Next(10) == 0 ? night.AddDays(random.Next(1, 5)) : night.AddDays(-random.Next(3));
            RecordKey Key(RecordKeyKind kind, string value, string masked) => new(night, source, recordId, recordDate, person, kind, value, masked);
            keys.Add(Key(RecordKeyKind.Phone, Hex("phone", random.Next(25)), "phone …123"));
            if (random.Next(2) == 0)
            {
                keys.Add(Key(RecordKeyKind.Premises, Hex("premises", random.Next(8)), "postcode M5 …"));
            }

            if (source == "nrm-referrals")
            {
                keys.Add(Key(RecordKeyKind.Record, string.Empty, string.Empty));
            }
            else if (source == "crime-records" && random.Next(2) == 0)
            {
                var referred = night.AddDays(-random.Next(3));
                var quoted = string.Create(CultureInfo.InvariantCulture, $"{referred:MMdd}-{random.Next(12)}");
                keys.Add(Key(RecordKeyKind.Reference, quoted, quoted));
            }
        }

        return keys;
    }

    private static string Hex(string what, int index) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{what}-{index}")))[..KeyToken.DigestLength];

    private static string Described(PatternAlert alert) =>
        $"{alert.RuleId} {alert.PatternKey} {alert.PeopleCount} [{string.Join(", ", alert.Members)}] {alert.Explanation}";

    private static DateTimeOffset At(DateOnly night) => new(night.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
}
