using ScanService.Model;
using ScanService.Storage.Dialects;
using ScanService.Storage.Tests.Support;
using ScanService.Store;

namespace ScanService.Storage.Tests;

/// <summary>
/// What every <see cref="IScanStore"/> must do, whatever the database. Each provider runs the whole suite through a
/// one-line subclass that supplies a fresh database per test; nothing here may depend on one provider.
/// </summary>
public abstract partial class ScanStoreContract
{
    protected static readonly DateOnly March1 = new(2024, 3, 1);
    protected static readonly DateOnly March2 = new(2024, 3, 2);
    protected static readonly DateOnly March3 = new(2024, 3, 3);

    private TestDatabase? _database;

    /// <summary>The store over this test's database, not yet migrated.</summary>
    private protected IScanStore Store { get; private set; } = null!;

    private protected SqlDialect Dialect { get; private set; } = null!;

    private protected DatabaseProbe Probe { get; private set; } = null!;

    /// <summary>This test's database, as the service would be configured with it.</summary>
    private protected string ConnectionString => _database!.ConnectionString;

    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [SetUp]
    public async Task CreateAFreshDatabase()
    {
        _database = await CreateDatabaseAsync();
        Store = ScanStoreFactory.Create(_database.Provider, _database.ConnectionString);
        Dialect = ScanStoreFactory.CreateDialect(_database.Provider, _database.ConnectionString);
        Probe = new DatabaseProbe(Dialect);
    }

    [TearDown]
    public async Task DropTheDatabase()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private protected async Task<IScanStore> MigratedStoreAsync()
    {
        await Store.MigrateAsync(CancellationToken.None);
        return Store;
    }

    /// <summary>Starts and completes a night with the given links; returns the run id and what was stored.</summary>
    private protected static async Task<(long RunId, IReadOnlyList<StoredLinkAlert> Stored)> RunNightAsync(
        IScanStore store, DateOnly night, params LinkAlert[] alerts)
    {
        var runId = await store.StartRunAsync(night, At(night, 1), "rules-v1", CancellationToken.None);
        var stored = await store.CompleteRunAsync(
            new RunCompletion(runId, night, At(night, 2), [TestAlerts.Source("nrm-referrals")], alerts),
            CancellationToken.None);
        return (runId, stored);
    }

    /// <summary>An instant early on the morning after <paramref name="night"/>, to the millisecond every database keeps.</summary>
    protected static DateTimeOffset At(DateOnly night, int hour, int minute = 0, int millisecond = 0) =>
        new(night.Year, night.Month, night.Day, hour, minute, 0, millisecond, TimeSpan.Zero);

    protected static void ShouldBeStoredAs(
        StoredLinkAlert stored, LinkAlert alert, long runId, DateOnly runDate, DateOnly firstSeen, AlertStatus status)
    {
        stored.Alert.ShouldBe(alert);
        stored.RunId.ShouldBe(runId);
        stored.RunDate.ShouldBe(runDate);
        stored.FirstSeenDate.ShouldBe(firstSeen);
        stored.Status.ShouldBe(status);
    }

    private protected static StoredLinkAlert Only(IReadOnlyList<StoredLinkAlert> stored, LinkAlert alert) =>
        stored.Single(s => LinkAlertKey.Of(s.Alert) == LinkAlertKey.Of(alert));
}
