using ScanService.History;
using ScanService.Host.Bench;
using ScanService.Ingest;
using ScanService.Model;
using ScanService.Rules;
using ScanService.Storage;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests.Scale;

/// <summary>
/// <c>scan bench night --earlier-nights N</c> times a night as a unit running every night sees it: the history of the
/// N nights before is really in the store, shaped as tonight's keys given again as new records.
/// </summary>
public class EarlierNightsTests
{
    private static readonly DateOnly Night = new(2026, 11, 23);

    [Test]
    public async Task Earlier_nights_hold_tonights_keys_as_new_records_moved_back_one_night_each_mostly_of_other_people_and_places()
    {
        using var workspace = new ScanWorkspace();
        var rules = RuleFolder.Load(Repository.Rules);
        var store = ScanStoreFactory.Create("sqlite", workspace.Database);
        var tonight = RecordKeys.Of(Night, IngestedSamples(rules), rules.RuleSet);
        tonight.ShouldNotBeEmpty();

        await EarlierNights.SeedAsync(store, rules, Repository.SampleExports, Night, 2, historyDays: null, TextWriter.Null, CancellationToken.None);

        var history = await store.GetHistoryAsync(Night, CancellationToken.None);
        history.Count.ShouldBe(2 * tonight.Count, "each earlier night is all of tonight's keys");
        foreach (var back in new[] { 1, 2 })
        {
            var suffix = $"~{back}";
            var night = history.Where(k => k.Night == Night.AddDays(-back)).ToList();
            night.Count.ShouldBe(tonight.Count, $"night -{back}");
            night.ShouldAllBe(k => k.RecordId.EndsWith(suffix), "new records: their ids are new");
            var expected = tonight.Select(k => Moved(k, back)).Order().ToList();
            night.Select(Written).Order().ToList().ShouldBe(expected);

            // The night has tonight's shape: values shared tonight are shared alike, and most are another's.
            var values = tonight.Where(k => k.Kind is RecordKeyKind.Phone or RecordKeyKind.Premises).Select(k => k.ValueToken).Distinct().ToList();
            var earlier = night.Where(k => k.Kind is RecordKeyKind.Phone or RecordKeyKind.Premises).Select(k => k.ValueToken).Distinct().ToList();
            earlier.Count.ShouldBe(values.Count);
            var recurring = earlier.Intersect(values).Count();
            recurring.ShouldBeGreaterThan(0, "some phones and premises recur across nights");
            recurring.ShouldBeLessThan(values.Count / 5, "most are other phones and premises");
        }

        var runs = await store.GetRecentRunsAsync(10, CancellationToken.None);
        runs.Select(r => r.RunDate).Order().ShouldBe([Night.AddDays(-2), Night.AddDays(-1)]);
        runs.ShouldAllBe(r => r.Status == RunStatus.Completed);
    }

    private static List<PersonRecord> IngestedSamples(RuleFolder rules) =>
        [.. SourceBatch.IngestAll(new SourceIngester(Night, rules.Mappings), new ExportFolder(Repository.SampleExports).FindSources(), CancellationToken.None)
            .SelectMany(r => r.Records)];

    // Tonight's key as night -back should hold it: a new id, dates moved back, a reference following the record it
    // names, and the person and value standing for whoever and whatever they are that night.
    private static string Moved(RecordKey key, int back)
    {
        var suffix = $"~{back}";
        var (person, value) = key.Kind switch
        {
            RecordKeyKind.Reference => (key.Person, key.Value + suffix),
            RecordKeyKind.Record => (EarlierNights.On(key.Person, back), key.Value),
            _ => (EarlierNights.On(key.Person, back), EarlierNights.On(key.ValueToken, back).ToString()),
        };
        return $"{key.Source}|{key.RecordId}{suffix}|{key.RecordDate?.AddDays(-back):yyyy-MM-dd}|{person}|{key.Kind}|{value}";
    }

    private static string Written(RecordKey key) => $"{key.Source}|{key.RecordId}|{key.RecordDate:yyyy-MM-dd}|{key.Person}|{key.Kind}|{key.Value}";
}
