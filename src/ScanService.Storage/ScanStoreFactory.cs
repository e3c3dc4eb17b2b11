using System.Data.Common;
using System.Net.Sockets;
using Polly;
using ScanService.Storage.Dialects;
using ScanService.Store;

namespace ScanService.Storage;

/// <summary>Creates the scan store for a configured database provider.</summary>
public static class ScanStoreFactory
{
    /// <summary>The provider names <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> SupportedProviders { get; } = ["sqlite", "postgres", "sqlserver"];

    /// <summary>
    /// Creates the store; nothing is opened until the first call. Call <see cref="IScanStore.MigrateAsync"/> once
    /// at start-up before anything else.
    /// </summary>
    /// <param name="provider">One of <see cref="SupportedProviders"/>, in any case.</param>
    /// <param name="connectionString">The provider's connection string; it is never written to logs or messages.</param>
    /// <param name="migrateOnStart">
    /// False for a service that must not change the schema: <see cref="IScanStore.MigrateAsync"/> then only checks
    /// that the schema is current. <c>scan db migrate</c> always migrates.
    /// </param>
    /// <exception cref="ArgumentException">The provider is not supported, or the connection string is unusable.</exception>
    /// <param name="connectionRetry">Wraps every connection opening (see <see cref="IsTransient"/>); none when null.</param>
    public static IScanStore Create(string provider, string connectionString, bool migrateOnStart = true, ResiliencePipeline? connectionRetry = null)
    {
        var dialect = CreateDialect(provider, connectionString);
        dialect.ConnectionRetry = connectionRetry ?? ResiliencePipeline.Empty;
        return new SqlScanStore(dialect, migrateOnStart);
    }

    /// <summary>
    /// Failures of opening a connection that another attempt may cure: the server restarting, refusing or not
    /// answering. A wrong password or database name is reported at once.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        DbException db => db.IsTransient || db.InnerException is SocketException or TimeoutException or IOException,
        TimeoutException or SocketException => true,
        _ => false,
    };

    internal static SqlDialect CreateDialect(string provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return provider?.Trim().ToLowerInvariant() switch
        {
            "sqlite" => new SqliteDialect(connectionString),
            "postgres" => new PostgresDialect(connectionString),
            "sqlserver" => new SqlServerDialect(connectionString),
            _ => throw new ArgumentException(
                $"Unknown database provider '{provider}'. Supported providers: {string.Join(", ", SupportedProviders)}.",
                nameof(provider)),
        };
    }
}
