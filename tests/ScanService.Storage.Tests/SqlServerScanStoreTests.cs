using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

public sealed class SqlServerScanStoreTests : ScanStoreContract
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => SqlServerTestDatabase.CreateAsync();
}
