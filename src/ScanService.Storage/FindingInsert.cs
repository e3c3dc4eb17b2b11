namespace ScanService.Storage;

/// <summary>
/// How a kind of finding alert (pattern or compliance) is written: its own columns from the night, then its first-seen
/// date and new/repeat status from the earlier nights holding the same alert (same rule, same key). Two forms of one
/// write: <see cref="WithLookUp"/> works the date out inside the insert, one statement per row for a server;
/// <see cref="FirstSeenBefore"/> and <see cref="Row"/> do it as a look-up and a plain insert, for SQLite (see
/// <c>SqliteDialect.InsertFindingAlertsAsync</c>).
/// </summary>
/// <param name="Parameters">The night's values of a row, in order (names without <c>@</c>); among them <c>RunDate</c> and <c>RuleId</c>.</param>
/// <param name="Columns">The column each of <paramref name="Parameters"/> is written to.</param>
/// <param name="IdentityKey">The column that, with <c>rule_id</c>, names the same alert on every night.</param>
internal sealed record FindingInsert(string Table, string[] Parameters, string[] Columns, string IdentityKey)
{
    /// <summary>The parameter <see cref="IdentityKey"/> is bound from.</summary>
    public string IdentityParameter => Parameters[Array.IndexOf(Columns, IdentityKey)];

    /// <summary>
    /// The earliest first-seen date of the alert's earlier nights, NULL when it has none (a new alert). Earlier nights
    /// only: a rerun's own old rows were deleted first. One seek on the table's identity index.
    /// </summary>
    public string FirstSeenBefore => field ??= $"""
        SELECT MIN(earlier.first_seen_date) FROM {Table} earlier
        WHERE earlier.rule_id = @RuleId AND earlier.{IdentityKey} = @{IdentityParameter} AND earlier.run_date < @RunDate
        """;

    /// <summary>One row with its first-seen date (<c>@FirstSeenDate</c>) and status (<c>@Status</c>) already known.</summary>
    public string Row => field ??= $"{Into}\nVALUES ({Values}, @FirstSeenDate, @RunDate, @Status)";

    /// <summary>One row, its first-seen date and status worked out by the statement (bound also: <c>@New</c>, <c>@Repeat</c>).</summary>
    public string WithLookUp => field ??= $"""
        {Into}
        SELECT {Values},
               COALESCE(({FirstSeenBefore}), @RunDate),
               @RunDate,
               CASE WHEN ({FirstSeenBefore}) IS NULL THEN @New ELSE @Repeat END
        """;

    private string Into => $"INSERT INTO {Table} ({string.Join(", ", Columns)}, first_seen_date, last_seen_date, status)";

    private string Values => string.Join(", ", Parameters.Select(name => "@" + name));
}
