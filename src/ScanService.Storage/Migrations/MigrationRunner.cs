using System.Data.Common;
using Dapper;
using ScanService.Storage.Dialects;

namespace ScanService.Storage.Migrations;

/// <summary>
/// Brings a database up to the newest script: applies, in version order, every script whose version is not yet in
/// <c>schema_version</c>, each in its own transaction together with its <c>schema_version</c> row, so a script
/// is either wholly applied and recorded or not at all.
/// </summary>
internal sealed class MigrationRunner
{
    private const string CountApplied = "SELECT COUNT(*) FROM schema_version WHERE version = @Version";
    private const string HighestApplied = "SELECT MAX(version) FROM schema_version";

    // The database's clock stamps applied_at, so the store needs no clock of its own.
    private const string RecordApplied = """
        INSERT INTO schema_version (version, description, applied_at)
        VALUES (@Version, @Description, CURRENT_TIMESTAMP)
        """;

    private readonly SqlDialect _dialect;
    private readonly IReadOnlyList<Migration> _migrations;

    public MigrationRunner(SqlDialect dialect, IEnumerable<Migration> migrations)
    {
        _dialect = dialect;
        _migrations = InVersionOrder(migrations);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);

        // Before anything else, even creating schema_version: two servers creating it at once collide on PostgreSQL.
        await using var migrationLock = await _dialect.LockMigrationsAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(_dialect.CreateSchemaVersionTable, cancellationToken: cancellationToken));
        await RefuseNewerSchemaAsync(connection, cancellationToken);

        foreach (var migration in _migrations)
        {
            await ApplyAsync(connection, migration, cancellationToken);
        }
    }

    /// <summary>
    /// For a service that must not change the schema itself (<c>Scan:MigrateOnStart = false</c>): throws unless
    /// the database is exactly at the newest script, saying what to run.
    /// </summary>
    public async Task CheckCurrentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        long applied;
        try
        {
            applied = await connection.ExecuteScalarAsync<long?>(
                new CommandDefinition(HighestApplied, cancellationToken: cancellationToken)) ?? 0;
        }
        catch (DbException)
        {
            // No schema_version table: nothing was ever applied.
            applied = 0;
        }

        var known = HighestKnown;
        if (applied < known)
        {
            throw new SchemaVersionException(
                $"The database schema is at version {applied}; this ScanService needs version {known}. " +
                "Run 'scan db migrate' (Scan:MigrateOnStart is false, so the service does not migrate by itself).");
        }

        RefuseNewer(applied, known);
    }

    private int HighestKnown => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    private async Task ApplyAsync(DbConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        // The applied check happens inside the transaction: a second runner on the same database (another
        // process starting at the same time) waits for the first one's lock and then finds the row.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var alreadyApplied = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(CountApplied, new { migration.Version }, transaction, cancellationToken: cancellationToken));
        if (alreadyApplied > 0)
        {
            return;
        }

        try
        {
            await _dialect.ExecuteScriptAsync(connection, transaction, migration.Script, cancellationToken);
        }
        catch (DbException exception)
        {
            throw new SchemaVersionException(
                $"Schema script V{migration.Version:000} ({migration.Description}) failed and was rolled back: {exception.Message}",
                exception);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            RecordApplied, new { migration.Version, migration.Description }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    // An older build writing into a schema it does not know could lose or corrupt data; stop before touching it.
    private async Task RefuseNewerSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var highestApplied = await connection.ExecuteScalarAsync<long?>(
            new CommandDefinition(HighestApplied, cancellationToken: cancellationToken));
        RefuseNewer(highestApplied ?? 0, HighestKnown);
    }

    private static void RefuseNewer(long highestApplied, int highestKnown)
    {
        if (highestApplied > highestKnown)
        {
            throw new SchemaVersionException(
                $"The database schema is at version {highestApplied}, newer than this ScanService knows ({highestKnown}). " +
                "Upgrade ScanService before running it against this database.");
        }
    }

    private static Migration[] InVersionOrder(IEnumerable<Migration> migrations)
    {
        var ordered = migrations.OrderBy(m => m.Version).ToArray();
        var duplicate = ordered.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Two schema scripts share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Description))}.",
                nameof(migrations));
        }

        return ordered;
    }
}
