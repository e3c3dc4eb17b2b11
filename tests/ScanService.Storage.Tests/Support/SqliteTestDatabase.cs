using Microsoft.Data.Sqlite;

namespace ScanService.Storage.Tests.Support;

/// <summary>A database file in its own temporary folder, under a sub-folder that does not exist yet.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _root;

    private SqliteTestDatabase(string root)
    {
        _root = root;
        FilePath = Path.Combine(root, "not-yet-created", "scan.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
    }

    public override string Provider => "sqlite";

    public override string ConnectionString { get; }

    public string FilePath { get; }

    public static Task<TestDatabase> CreateAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "scanservice-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return Task.FromResult<TestDatabase>(new SqliteTestDatabase(root));
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file (and its -wal/-shm companions) open. Clearing every pool is safe even
        // for tests running alongside: connections in use are simply closed instead of pooled when returned.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }

        return ValueTask.CompletedTask;
    }
}
