using ScanService.Model;
using ScanService.Storage.Migrations;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

/// <summary>
/// Version 8 rebuilds, on SQLite, the tables a night writes in bulk (their checks without IN lists): alerts written
/// before it keep their ids, status and findings, and an id once given is never given again.
/// </summary>
public abstract partial class ScanStoreContract
{
    private const int ChecksWithoutInListsVersion = 8;

    [Test]
    public async Task Alerts_written_before_version_8_are_kept_with_their_ids_and_a_later_night_never_reuses_one()
    {
        var before = EmbeddedMigrations.For(Dialect.Provider).Where(m => m.Version < ChecksWithoutInListsVersion).ToArray();
        var old = new SqlScanStore(Dialect, () => before);
        await old.MigrateAsync(CancellationToken.None);
        var (march1Run, march1) = await RunNightAsync(old, March1, TestAlerts.Link("REC-1"));
        var (_, march2) = await RunNightAsync(old, March2, TestAlerts.Link("REC-2"));
        // A rerun of March 2 that finds nothing takes the highest id given so far: it must still never come back.
        await RunNightAsync(old, March2);
        var findingsRun = await CompleteWithFindingsAsync(old, March3, [], [], [Overdue("NRM-1", March3)]);
        // Today's code writes and reads columns of later versions: the night's pattern alert is written as the code of
        // that version wrote it.
        await Probe.ExecuteAsync(
            """
            INSERT INTO pattern_alerts (run_id, run_date, rule_id, rule_version, pattern_key, key_masked, members, member_count,
                                        people_count, explanation, first_seen_date, last_seen_date, status)
            VALUES (@RunId, @RunDate, @RuleId, @RuleVersion, @PatternKey, @KeyMasked, @Members, @MemberCount, @PeopleCount, @Explanation,
                    @RunDate, @RunDate, 'new')
            """,
            new
            {
                RunId = findingsRun, RunDate = Probe.Date(March3), Crowded.RuleId, Crowded.RuleVersion, Crowded.PatternKey, Crowded.KeyMasked,
                Members = string.Join("; ", Crowded.Members), MemberCount = Crowded.Members.Count, Crowded.PeopleCount, Crowded.Explanation,
            });
        var patternAlertId = await Probe.ScalarAsync<long>("SELECT alert_id FROM pattern_alerts");
        var complianceAlertId = await Probe.ScalarAsync<long>("SELECT alert_id FROM compliance_alerts");

        await Store.MigrateAsync(CancellationToken.None);

        (await Probe.SchemaVersionsAsync()).Select(v => v.Version).ShouldContain(ChecksWithoutInListsVersion);
        (await Store.GetAlertsAsync(march1Run, CancellationToken.None)).ShouldBe(march1);
        var findingsAfter = await Store.GetFindingsAsync(findingsRun, CancellationToken.None);
        findingsAfter.Patterns.Select(Described).ShouldBe([(patternAlertId, March3, March3, AlertStatus.New, Crowded with { Members = [] })]);
        findingsAfter.Patterns.ShouldHaveSingleItem().Alert.Members.ShouldBe(Crowded.Members);
        var overdue = findingsAfter.Compliance.ShouldHaveSingleItem();
        (overdue.AlertId, overdue.Alert, overdue.Status).ShouldBe((complianceAlertId, Overdue("NRM-1", March3), AlertStatus.New));
        var (_, later) = await RunNightAsync(Store, March3.AddDays(1), TestAlerts.Link("REC-1"));
        var again = later.ShouldHaveSingleItem();
        again.AlertId.ShouldBeGreaterThan(march2.Single().AlertId);
        again.FirstSeenDate.ShouldBe(March1);
        again.Status.ShouldBe(AlertStatus.Repeat);
    }

    // A pattern alert's members are a list, compared apart: records compare lists by reference.
    private static (long, DateOnly, DateOnly, AlertStatus, PatternAlert) Described(StoredPatternAlert stored) =>
        (stored.AlertId, stored.RunDate, stored.FirstSeenDate, stored.Status, stored.Alert with { Members = [] });
}
