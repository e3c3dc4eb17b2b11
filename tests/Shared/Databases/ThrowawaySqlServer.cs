using Microsoft.Data.SqlClient;

namespace ScanService.Testing;

/// <summary>A new, empty SQL Server database on the server named by <c>SCANSERVICE_TEST_SQLSERVER</c>, dropped on dispose.</summary>
internal sealed class ThrowawaySqlServer : IAsyncDisposable
{
    private static string? _unusable;

    private readonly string _adminConnectionString;
    private readonly string _name;

    private ThrowawaySqlServer(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        _name = name;
        ConnectionString = new SqlConnectionStringBuilder(adminConnectionString) { InitialCatalog = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Skips when no server is configured (no SQL Server can run on this machine).</summary>
    public static async Task<ThrowawaySqlServer> CreateAsync()
    {
        var admin = TestServers.SqlServerOrSkip();
        if (_unusable is not null)
        {
            TestServers.SqlServerUnavailable(_unusable);
        }

        var name = TestServers.NewDatabaseName();
        try
        {
            await using var connection = new SqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new SqlCommand($"CREATE DATABASE [{name}]", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is SqlException or ArgumentException or InvalidOperationException)
        {
            _unusable = $"the server in {TestServers.SqlServerVariable} cannot be used: {ex.Message}";
            TestServers.SqlServerUnavailable(_unusable);
        }

        return new ThrowawaySqlServer(admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new SqlConnection(ConnectionString))
        {
            SqlConnection.ClearPool(connection);
        }

        await using var admin = new SqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var command = new SqlCommand(
            $"ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}];", admin);
        await command.ExecuteNonQueryAsync();
    }
}
