namespace ScanService.Storage.Tests.Support;

/// <summary>
/// A fresh, empty database for one test, named the way the service is configured: a provider and a connection
/// string. A provider that cannot be reached should <c>Assert.Ignore</c> locally but fail in CI.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();
}
