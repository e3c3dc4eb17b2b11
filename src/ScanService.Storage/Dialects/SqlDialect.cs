using System.Data.Common;

namespace ScanService.Storage.Dialects;

/// <summary>
/// Everything that differs between databases, and nothing else: the store and the migration runner keep the
/// standard SQL. A new provider is a subclass plus a folder of scripts under <c>deploy/database/</c>.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The provider name accepted by <see cref="ScanStoreFactory"/>; also the folder of its scripts.</summary>
    public abstract string Provider { get; }

    /// <summary>Opens a connection with the session settings the store relies on (foreign keys, lock waits).</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Inserts a <c>scan_runs</c> row from <c>@RunDate, @StartedAt, @Status, @RuleSetHash</c> and selects its
    /// <c>run_id</c>. Databases disagree on how an insert hands back its generated key.
    /// </summary>
    public abstract string InsertRunReturningId { get; }

    /// <summary>Creates <c>schema_version (version, description, applied_at)</c> unless it exists.</summary>
    public abstract string CreateSchemaVersionTable { get; }

    /// <summary>The value stored for a calendar date.</summary>
    public abstract object ToDbDate(DateOnly date);

    public abstract DateOnly FromDbDate(object value);

    /// <summary>The value stored for an instant; it must compare equal to the original when read back.</summary>
    public abstract object ToDbTimestamp(DateTimeOffset instant);

    public abstract DateTimeOffset FromDbTimestamp(object value);

    public DateTimeOffset? FromDbTimestampOrNull(object? value) =>
        value is null or DBNull ? null : FromDbTimestamp(value);

    /// <summary>
    /// Runs one migration script inside <paramref name="transaction"/>. Providers whose scripts need splitting
    /// into batches (SQL Server's <c>GO</c>) override this.
    /// </summary>
    public virtual async Task ExecuteScriptAsync(
        DbConnection connection, DbTransaction transaction, string script, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = script;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
