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
    public async Task Earlier_nights_hold_tonights_keys_as_new_records_moved_back_one_night_each()
    {
        using var workspace = new ScanWorkspace();
        var rules = RuleFolder.Load(Repository.Rules);
        var store = ScanStoreFactory.Create("sqlite", workspace.Database);
        var tonight = RecordKeys.Of(Night, IngestedSamples(rules), rules.RuleSet);
        tonight.ShouldNotBeEmpty();

        await EarlierNights.SeedAsync(store, rules, Repository.SampleExports, Night, 2, TextWriter.Null, CancellationToken.None);

        var history = await store.GetHistoryAsync(Night, CancellationToken.None);
        history.Count.ShouldBe(2 * tonight.Count, "each earlier night is all of tonight's keys");
        foreach (var back in new[] { 1, 2 })
        {
            var suffix = $"~{back}";
            var night = history.Where(k => k.Night == Night.AddDays(-back)).ToList();
            night.Count.ShouldBe(tonight.Count, $"night -{back}");
            night.ShouldAllBe(k => k.RecordId.EndsWith(suffix), "new records: their ids are new");
            var expected = tonight.Select(k => Shape(k, k.RecordId + suffix, k.RecordDate?.AddDays(-back), back, suffix)).Order().ToList();
            night.Select(k => Shape(k, k.RecordId, k.RecordDate, 0, string.Empty)).Order().ToList().ShouldBe(expected);
        }

        var runs = await store.GetRecentRunsAsync(10, CancellationToken.None);
        runs.Select(r => r.RunDate).Order().ShouldBe([Night.AddDays(-2), Night.AddDays(-1)]);
        runs.ShouldAllBe(r => r.Status == RunStatus.Completed);
    }

    private static List<PersonRecord> IngestedSamples(RuleFolder rules) =>
        [.. SourceBatch.IngestAll(new SourceIngester(Night, rules.Mappings), new ExportFolder(Repository.SampleExports).FindSources(), CancellationToken.None)
            .SelectMany(r => r.Records)];

    // Everything but the night, with a reference's value (another record's id) following that record's new id.
    private static string Shape(RecordKey key, string recordId, DateOnly? recordDate, int back, string suffix)
    {
        var value = key.Kind == RecordKeyKind.Reference && back > 0 ? key.Value + suffix : key.Value;
        return $"{key.Source}|{recordId}|{recordDate:yyyy-MM-dd}|{key.PersonKey}|{key.Kind}|{value}";
    }
}
