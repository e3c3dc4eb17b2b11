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
    public static IScanStore Create(string provider, string connectionString, bool migrateOnStart = true) =>
        new SqlScanStore(CreateDialect(provider, connectionString), migrateOnStart);

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
