namespace ScanService.Testing;

/// <summary>
/// Where the database servers for integration tests are, and what to do when one is not there. PostgreSQL is
/// started by <c>.ci/run</c>, so under <c>CI=true</c> a missing or unreachable one fails the test instead of
/// skipping it; locally it skips with the reason. No SQL Server can run here: its suite runs only when given one.
/// </summary>
internal static class TestServers
{
    public const string PostgresVariable = "SCANSERVICE_TEST_POSTGRES";
    public const string SqlServerVariable = "SCANSERVICE_TEST_SQLSERVER";

    public static bool InCi =>
        Environment.GetEnvironmentVariable("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>The PostgreSQL connection string, or the test is skipped (locally) or failed (in CI).</summary>
    public static string PostgresOrSkip()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            PostgresUnavailable($"{PostgresVariable} is not set (source .ci/services/postgres.sh to start a throwaway server)");
        }

        return connectionString!;
    }

    public static void PostgresUnavailable(string reason)
    {
        if (InCi)
        {
            Assert.Fail($"PostgreSQL is required under CI=true and is not available: {reason}");
        }

        Assert.Ignore($"PostgreSQL tests skipped: {reason}");
    }

    /// <summary>The SQL Server connection string, or the test is skipped (locally and in CI).</summary>
    public static string SqlServerOrSkip()
    {
        var connectionString = Environment.GetEnvironmentVariable(SqlServerVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore($"SQL Server tests skipped: {SqlServerVariable} is not set (no SQL Server can run on this machine; give a connection string to run them)");
        }

        return connectionString!;
    }

    /// <summary>A server was named but could not be used: with the address given, that is a failure everywhere.</summary>
    public static void SqlServerUnavailable(string reason)
    {
        if (InCi)
        {
            Assert.Fail($"{SqlServerVariable} is set but SQL Server is not usable: {reason}");
        }

        Assert.Ignore($"SQL Server tests skipped: {reason}");
    }

    /// <summary>A database name no other test (or test run) will pick.</summary>
    public static string NewDatabaseName() => "scanservice_t_" + Guid.NewGuid().ToString("N")[..16];
}
