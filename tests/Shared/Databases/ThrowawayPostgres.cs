using Npgsql;

namespace ScanService.Testing;

/// <summary>
/// A new, empty PostgreSQL database on the server named by <c>SCANSERVICE_TEST_POSTGRES</c>, dropped on dispose.
/// One per test: a fresh database is the only state that cannot leak between tests.
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    // One failed connection attempt is enough to know: do not make every test wait for its own timeout.
    private static string? _unreachable;

    private readonly string _adminConnectionString;
    private readonly string _name;

    private ThrowawayPostgres(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Skips (locally) or fails (in CI) when no server is configured or it cannot be reached.</summary>
    public static async Task<ThrowawayPostgres> CreateAsync()
    {
        var admin = TestServers.PostgresOrSkip();
        if (_unreachable is not null)
        {
            TestServers.PostgresUnavailable(_unreachable);
        }

        var name = TestServers.NewDatabaseName();
        try
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or TimeoutException)
        {
            _unreachable = $"the server in {TestServers.PostgresVariable} cannot be used: {ex.Message}";
            TestServers.PostgresUnavailable(_unreachable);
        }

        return new ThrowawayPostgres(admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        await command.ExecuteNonQueryAsync();
    }
}
