using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

public sealed class SqliteScanStoreTests : ScanStoreContract
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => SqliteTestDatabase.CreateAsync();
}
