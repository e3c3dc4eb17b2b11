using ScanService.Testing;

namespace ScanService.Storage.Tests.Support;

/// <summary>A fresh PostgreSQL database per test (see <see cref="ThrowawayPostgres"/> for when it skips or fails).</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly ThrowawayPostgres _database;

    private PostgresTestDatabase(ThrowawayPostgres database) => _database = database;

    public override string Provider => "postgres";

    public override string ConnectionString => _database.ConnectionString;

    public static async Task<TestDatabase> CreateAsync() => new PostgresTestDatabase(await ThrowawayPostgres.CreateAsync());

    public override ValueTask DisposeAsync() => _database.DisposeAsync();
}
