using ScanService.Testing;

namespace ScanService.Storage.Tests.Support;

/// <summary>A fresh SQL Server database per test, when <c>SCANSERVICE_TEST_SQLSERVER</c> names a server; skipped otherwise.</summary>
public sealed class SqlServerTestDatabase : TestDatabase
{
    private readonly ThrowawaySqlServer _database;

    private SqlServerTestDatabase(ThrowawaySqlServer database) => _database = database;

    public override string Provider => "sqlserver";

    public override string ConnectionString => _database.ConnectionString;

    public static async Task<TestDatabase> CreateAsync() => new SqlServerTestDatabase(await ThrowawaySqlServer.CreateAsync());

    public override ValueTask DisposeAsync() => _database.DisposeAsync();
}
