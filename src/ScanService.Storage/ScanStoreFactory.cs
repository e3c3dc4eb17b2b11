using ScanService.Storage.Dialects;
using ScanService.Store;

namespace ScanService.Storage;

/// <summary>Creates the scan store for a configured database provider.</summary>
public static class ScanStoreFactory
{
    /// <summary>The provider names <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> SupportedProviders { get; } = ["sqlite"];

    /// <summary>
    /// Creates the store; nothing is opened until the first call. Call <see cref="IScanStore.MigrateAsync"/> once
    /// at start-up before anything else.
    /// </summary>
    /// <param name="provider">One of <see cref="SupportedProviders"/>, in any case.</param>
    /// <exception cref="ArgumentException">The provider is not supported, or the connection string is unusable.</exception>
    public static IScanStore Create(string provider, string connectionString) =>
        new SqlScanStore(CreateDialect(provider, connectionString));

    internal static SqlDialect CreateDialect(string provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return provider?.Trim().ToLowerInvariant() switch
        {
            "sqlite" => new SqliteDialect(connectionString),
            _ => throw new ArgumentException(
                $"Unknown database provider '{provider}'. Supported providers: {string.Join(", ", SupportedProviders)}.",
                nameof(provider)),
        };
    }
}
