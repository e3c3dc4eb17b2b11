using ScanService.Model;
using ScanService.Storage.Migrations;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

public abstract partial class ScanStoreContract
{
    // Standard SQL, so the same test-only scripts run on every provider.
    private const string ProbeTableScript = "CREATE TABLE migration_probe (probe_id INTEGER NOT NULL)";
    private const string HalfFailingScript =
        "CREATE TABLE half_done (id INTEGER NOT NULL); INSERT INTO no_such_table (id) VALUES (1);";

    // The runner would apply a number that arrives late (see the test below), but a shipped release has no gaps.
    [Test]
    public void The_embedded_scripts_are_numbered_from_one_without_gaps()
    {
        var versions = EmbeddedMigrations.For(Dialect.Provider).Select(m => m.Version).ToArray();

        versions.ShouldBe(Enumerable.Range(1, versions.Length).ToArray());
        EmbeddedMigrations.For(Dialect.Provider)[0].Description.ShouldBe("initial");
    }

    [Test]
    public async Task A_script_numbered_below_one_already_applied_is_still_applied_once()
    {
        var shipped = EmbeddedMigrations.For(Dialect.Provider);
        var gap = shipped[^1].Version + 1;
        var later = new Migration(gap + 1, "after the gap", "CREATE TABLE after_gap (id INTEGER NOT NULL)");
        await new MigrationRunner(Dialect, [.. shipped, later]).RunAsync(CancellationToken.None);
        var filled = new Migration(gap, "merged later", ProbeTableScript);

        await new MigrationRunner(Dialect, [.. shipped, filled, later]).RunAsync(CancellationToken.None);
        await new MigrationRunner(Dialect, [.. shipped, filled, later]).RunAsync(CancellationToken.None);

        var versions = (await Probe.SchemaVersionsAsync()).Select(v => v.Version).ToArray();
        versions.Count(v => v == gap).ShouldBe(1);
        versions.ShouldContain(gap + 1);
        (await Probe.TableExistsAsync("migration_probe")).ShouldBeTrue();
    }

    [Test]
    public async Task Migrating_an_empty_database_creates_every_table_empty_and_records_each_script()
    {
        await Store.MigrateAsync(CancellationToken.None);

        foreach (var table in DatabaseProbe.StoreTables)
        {
            (await Probe.CountRowsAsync(table)).ShouldBe(0, table);
        }

        var versions = await Probe.SchemaVersionsAsync();
        versions.Select(v => v.Version).ShouldBe(EmbeddedMigrations.For(Dialect.Provider).Select(m => (long)m.Version));
        versions[0].Description.ShouldBe("initial");
    }

    [Test]
    public async Task Migrating_twice_changes_nothing()
    {
        await Store.MigrateAsync(CancellationToken.None);
        var first = await Probe.SchemaVersionsAsync();

        await Store.MigrateAsync(CancellationToken.None);

        (await Probe.SchemaVersionsAsync()).ShouldBe(first);
    }

    [Test]
    public async Task Migrating_from_several_processes_at_once_applies_each_script_once()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new SqlScanStore(Dialect)).ToArray();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.MigrateAsync(CancellationToken.None))));

        var versions = await Probe.SchemaVersionsAsync();
        versions.Select(v => v.Version).ShouldBe(EmbeddedMigrations.For(Dialect.Provider).Select(m => (long)m.Version));
    }

    [Test]
    public async Task A_database_at_the_previous_version_gets_only_the_later_script_and_keeps_its_data()
    {
        var shipped = EmbeddedMigrations.For(Dialect.Provider);
        var store = await MigratedStoreAsync();
        var (runId, _) = await RunNightAsync(store, March1, TestAlerts.Link("REC-1"));
        var before = await Probe.SchemaVersionsAsync();
        var next = new Migration(shipped[^1].Version + 1, "add probe", ProbeTableScript);

        await new MigrationRunner(Dialect, [.. shipped, next]).RunAsync(CancellationToken.None);

        var after = await Probe.SchemaVersionsAsync();
        after.Take(before.Count).ShouldBe(before);
        after.Count.ShouldBe(before.Count + 1);
        after[^1].Version.ShouldBe(next.Version);
        after[^1].Description.ShouldBe("add probe");
        (await Probe.TableExistsAsync("migration_probe")).ShouldBeTrue();
        (await store.GetAlertsAsync(runId, CancellationToken.None)).Count.ShouldBe(1);
    }

    // Branches merged in another order than they were numbered: V006 may be applied before V004 and V005 exist.
    [Test]
    public async Task A_script_numbered_below_one_already_applied_is_applied_when_it_arrives()
    {
        var shipped = EmbeddedMigrations.For(Dialect.Provider);
        var later = new Migration(shipped[^1].Version + 2, "add probe", ProbeTableScript);
        var arrivedLate = new Migration(shipped[^1].Version + 1, "add late probe", "CREATE TABLE migration_probe_late (probe_id INTEGER NOT NULL)");
        await new MigrationRunner(Dialect, [.. shipped, later]).RunAsync(CancellationToken.None);

        await new MigrationRunner(Dialect, [.. shipped, arrivedLate, later]).RunAsync(CancellationToken.None);

        (await Probe.SchemaVersionsAsync()).Select(v => v.Version).Order()
            .ShouldBe(shipped.Select(m => (long)m.Version).Append(arrivedLate.Version).Append(later.Version));
        (await Probe.TableExistsAsync("migration_probe_late")).ShouldBeTrue();
    }

    [Test]
    public async Task A_failing_script_is_rolled_back_whole_and_the_scripts_after_it_are_not_applied()
    {
        var shipped = EmbeddedMigrations.For(Dialect.Provider);
        var failing = new Migration(shipped[^1].Version + 1, "half failing", HalfFailingScript);
        var after = new Migration(shipped[^1].Version + 2, "add probe", ProbeTableScript);

        var thrown = await Should.ThrowAsync<InvalidOperationException>(
            () => new MigrationRunner(Dialect, [.. shipped, failing, after]).RunAsync(CancellationToken.None));

        thrown.Message.ShouldContain($"V{failing.Version:000} (half failing)");
        (await Probe.SchemaVersionsAsync()).Select(v => v.Version).ShouldBe(shipped.Select(m => (long)m.Version));
        (await Probe.TableExistsAsync("half_done")).ShouldBeFalse();
        (await Probe.TableExistsAsync("migration_probe")).ShouldBeFalse();
    }

    [Test]
    public async Task A_database_newer_than_this_build_is_refused_before_anything_is_applied()
    {
        var shipped = EmbeddedMigrations.For(Dialect.Provider);
        var future = new Migration(shipped[^1].Version + 1, "from the future", ProbeTableScript);
        await new MigrationRunner(Dialect, [.. shipped, future]).RunAsync(CancellationToken.None);

        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => Store.MigrateAsync(CancellationToken.None));

        thrown.Message.ShouldContain($"version {future.Version}");
    }

    [Test]
    public void Two_scripts_with_the_same_version_are_refused()
    {
        var thrown = Should.Throw<ArgumentException>(() => new MigrationRunner(
            Dialect, [new Migration(1, "one", ProbeTableScript), new Migration(1, "other one", ProbeTableScript)]));

        thrown.Message.ShouldContain("one, other one");
    }

    [Test]
    public async Task A_database_at_schema_version_1_with_nights_is_upgraded_keeping_its_alerts_as_history()
    {
        var shipped = EmbeddedMigrations.For(Dialect.Provider);
        await new MigrationRunner(Dialect, shipped.Take(1)).RunAsync(CancellationToken.None);
        var (runId, keptAlertId, deletedAlertId) = await WriteAVersion1NightAsync(March1);

        await Store.MigrateAsync(CancellationToken.None);

        (await Probe.SchemaVersionsAsync()).Select(v => v.Version).ShouldBe(shipped.Select(m => (long)m.Version));
        var old = (await Store.GetAlertsAsync(runId, CancellationToken.None)).ShouldHaveSingleItem();
        old.AlertId.ShouldBe(keptAlertId);
        old.Status.ShouldBe(AlertStatus.New);
        var (_, next) = await RunNightAsync(Store, March2, TestAlerts.Link("REC-1"));
        var repeat = next.ShouldHaveSingleItem();
        repeat.Status.ShouldBe(AlertStatus.Repeat);
        repeat.FirstSeenDate.ShouldBe(March1);
        repeat.AlertId.ShouldBeGreaterThan(deletedAlertId, "an alert id once handed out is never given to another alert");
    }

    [Test]
    public async Task A_store_not_allowed_to_migrate_refuses_an_old_schema_and_names_the_command_to_run()
    {
        await new MigrationRunner(Dialect, EmbeddedMigrations.For(Dialect.Provider).Take(1)).RunAsync(CancellationToken.None);
        var store = ScanStoreFactory.Create(Dialect.Provider, ConnectionString, migrateOnStart: false);

        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => store.MigrateAsync(CancellationToken.None));

        thrown.Message.ShouldContain("scan db migrate");
        (await Probe.SchemaVersionsAsync()).Count.ShouldBe(1);
    }

    [Test]
    public async Task A_store_not_allowed_to_migrate_refuses_an_empty_database_and_accepts_a_migrated_one()
    {
        var store = ScanStoreFactory.Create(Dialect.Provider, ConnectionString, migrateOnStart: false);
        await Should.ThrowAsync<InvalidOperationException>(() => store.MigrateAsync(CancellationToken.None));

        await Store.MigrateAsync(CancellationToken.None);

        await store.MigrateAsync(CancellationToken.None);
        (await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None)).ShouldBePositive();
    }

    /// <summary>
    /// A completed night written the way schema version 1 was: two alerts, the second then deleted (as a rerun
    /// would), so that its id is the highest ever handed out but no longer in the table.
    /// </summary>
    private async Task<(long RunId, long KeptAlertId, long DeletedAlertId)> WriteAVersion1NightAsync(DateOnly night)
    {
        var runId = await Probe.ScalarAsync<long>(
            Dialect.InsertRunReturningId,
            new { RunDate = Probe.Date(night), StartedAt = Probe.Instant(At(night, 1)), Status = "running", RuleSetHash = "rules-v1" });
        await Probe.ExecuteAsync(
            "UPDATE scan_runs SET status = 'completed', finished_at = @FinishedAt WHERE run_id = @RunId",
            new { RunId = runId, FinishedAt = Probe.Instant(At(night, 2)) });
        foreach (var recordId in new[] { "REC-1", "REC-2" })
        {
            var alert = TestAlerts.Link(recordId);
            await Probe.ExecuteAsync(
                """
                INSERT INTO link_alerts (run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id, score,
                                         matched_on, explanation, record_masked, first_seen_date, status)
                VALUES (@RunId, @Night, @Source, @RecordId, @InvestigationRef, @SubjectRef, @RuleId, @Score,
                        @MatchedOn, @Explanation, @RecordMasked, @Night, 'new')
                """,
                new
                {
                    RunId = runId, Night = Probe.Date(night), alert.Source, alert.RecordId, alert.InvestigationRef, alert.SubjectRef,
                    alert.RuleId, alert.Score, alert.MatchedOn, alert.Explanation, alert.RecordMasked,
                });
        }

        var kept = await Probe.ScalarAsync<long>("SELECT alert_id FROM link_alerts WHERE record_id = 'REC-1'");
        var deleted = await Probe.ScalarAsync<long>("SELECT alert_id FROM link_alerts WHERE record_id = 'REC-2'");
        await Probe.ExecuteAsync("DELETE FROM link_alerts WHERE record_id = 'REC-2'");
        return (runId, kept, deleted);
    }
}
