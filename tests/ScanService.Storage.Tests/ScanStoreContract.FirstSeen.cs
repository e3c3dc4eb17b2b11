using ScanService.Model;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

/// <summary>
/// First-seen rule: a link's first-seen date on a night is the earliest stored night, up to and including that one,
/// holding the same link (source, record, investigation, subject, rule); it is a repeat when that is an earlier night.
/// The stored result depends only on which nights are stored, never on the order they were run in.
/// </summary>
public abstract partial class ScanStoreContract
{
    [Test]
    public async Task A_link_seen_on_an_earlier_night_is_a_repeat_first_seen_then_while_a_new_link_is_new()
    {
        var store = await MigratedStoreAsync();
        var seenBefore = TestAlerts.Link("REC-1");
        var newTonight = TestAlerts.Link("REC-2");
        await RunNightAsync(store, March1, seenBefore);

        var (runId, stored) = await RunNightAsync(store, March2, seenBefore, newTonight);

        ShouldBeStoredAs(Only(stored, seenBefore), seenBefore, runId, March2, March1, AlertStatus.Repeat);
        ShouldBeStoredAs(Only(stored, newTonight), newTonight, runId, March2, March2, AlertStatus.New);
    }

    [Test]
    public async Task A_link_keeps_its_first_night_across_a_night_it_was_not_seen()
    {
        var store = await MigratedStoreAsync();
        var link = TestAlerts.Link("REC-1");
        await RunNightAsync(store, March1, link);
        await RunNightAsync(store, March2);

        var (_, stored) = await RunNightAsync(store, March3, link);

        Only(stored, link).FirstSeenDate.ShouldBe(March1);
        Only(stored, link).Status.ShouldBe(AlertStatus.Repeat);
    }

    [Test]
    public async Task The_same_record_linked_by_another_rule_or_to_another_subject_is_a_new_link()
    {
        var store = await MigratedStoreAsync();
        await RunNightAsync(store, March1, TestAlerts.Link("REC-1", ruleId: "name-dob", subjectRef: "SUB-001"));
        var otherRule = TestAlerts.Link("REC-1", ruleId: "phone", subjectRef: "SUB-001");
        var otherSubject = TestAlerts.Link("REC-1", ruleId: "name-dob", subjectRef: "SUB-002");

        var (_, stored) = await RunNightAsync(store, March2, otherRule, otherSubject);

        stored.ShouldAllBe(s => s.Status == AlertStatus.New && s.FirstSeenDate == March2);
    }

    [Test]
    public async Task Rerunning_a_night_does_not_make_its_links_repeats_of_themselves()
    {
        var store = await MigratedStoreAsync();
        var link = TestAlerts.Link("REC-1");
        await RunNightAsync(store, March1, link);

        var (_, stored) = await RunNightAsync(store, March1, link);

        Only(stored, link).Status.ShouldBe(AlertStatus.New);
        Only(stored, link).FirstSeenDate.ShouldBe(March1);
    }

    [Test]
    public async Task Backfilling_an_earlier_night_makes_the_later_nights_link_a_repeat_first_seen_on_the_backfilled_night()
    {
        var store = await MigratedStoreAsync();
        var link = TestAlerts.Link("REC-1");
        var onlyLater = TestAlerts.Link("REC-2");
        var (laterRun, _) = await RunNightAsync(store, March2, link, onlyLater);

        var (earlierRun, earlierStored) = await RunNightAsync(store, March1, link);

        ShouldBeStoredAs(Only(earlierStored, link), link, earlierRun, March1, March1, AlertStatus.New);
        var later = await store.GetAlertsAsync(laterRun, CancellationToken.None);
        ShouldBeStoredAs(Only(later, link), link, laterRun, March2, March1, AlertStatus.Repeat);
        ShouldBeStoredAs(Only(later, onlyLater), onlyLater, laterRun, March2, March2, AlertStatus.New);
    }

    [Test]
    public async Task Rerunning_an_earlier_night_without_a_link_makes_the_later_nights_link_new_again()
    {
        var store = await MigratedStoreAsync();
        var link = TestAlerts.Link("REC-1");
        await RunNightAsync(store, March1, link);
        var (laterRun, laterStored) = await RunNightAsync(store, March2, link);
        Only(laterStored, link).Status.ShouldBe(AlertStatus.Repeat);

        await RunNightAsync(store, March1);

        var later = await store.GetAlertsAsync(laterRun, CancellationToken.None);
        ShouldBeStoredAs(Only(later, link), link, laterRun, March2, March2, AlertStatus.New);
    }

    [Test]
    public async Task Nights_run_out_of_order_are_stored_as_if_run_in_order()
    {
        var store = await MigratedStoreAsync();
        var link = TestAlerts.Link("REC-1");
        var (third, _) = await RunNightAsync(store, March3, link);
        var (first, _) = await RunNightAsync(store, March1, link);
        var (second, _) = await RunNightAsync(store, March2, link);

        var byNight = new List<StoredLinkAlert>();
        foreach (var run in new[] { first, second, third })
        {
            byNight.Add((await store.GetAlertsAsync(run, CancellationToken.None)).Single());
        }

        byNight.Select(s => s.FirstSeenDate).ShouldBe([March1, March1, March1]);
        byNight.Select(s => s.Status).ShouldBe([AlertStatus.New, AlertStatus.Repeat, AlertStatus.Repeat]);
    }
}
