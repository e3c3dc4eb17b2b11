using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

public sealed class PostgresScanStoreTests : ScanStoreContract
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => PostgresTestDatabase.CreateAsync();
}
