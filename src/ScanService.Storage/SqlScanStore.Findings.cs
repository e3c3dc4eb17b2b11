using System.Data.Common;
using Dapper;
using ScanService.Model;
using ScanService.Storage.Rows;
using ScanService.Store;

namespace ScanService.Storage;

/// <summary>The history and the pattern and compliance alerts: written with the night, in its transaction.</summary>
internal sealed partial class SqlScanStore
{
    private const string MemberSeparator = "; ";

    public async Task<IReadOnlyList<RecordKey>> GetHistoryAsync(DateOnly runDate, CancellationToken cancellationToken, HistoryScope? scope = null)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        return await _dialect.ReadHistoryAsync(connection, runDate, scope, cancellationToken);
    }

    public async Task<IReadOnlyList<PatternAlert>?> GetCarriedPatternsAsync(DateOnly runDate, string ruleSetHash, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        var completed = (await connection.QueryAsync<CompletedRunRow>(new CommandDefinition(
            ScanSql.SelectCompletedRunsBefore, new { RunDate = _dialect.ToDbDate(runDate), Completed }, cancellationToken: cancellationToken)))
            .Select(r => (r.RunId, RunDate: _dialect.FromDbDate(r.RunDate), r.RuleSetHash))
            .ToList();
        if (completed.Count == 0)
        {
            return null;
        }

        // The night before must be the last one completed: an earlier night completed after it added keys its
        // alerts never saw. And its alerts answer for tonight's rules only if they are the same rules.
        var last = completed.MaxBy(r => r.RunId);
        if (last.RunDate != completed.Max(r => r.RunDate) || !string.Equals(last.RuleSetHash, ruleSetHash, StringComparison.Ordinal))
        {
            return null;
        }

        var alerts = await connection.QueryAsync<PatternAlertRow>(new CommandDefinition(
            ScanSql.SelectPatternAlertsOfDate, new { RunDate = _dialect.ToDbDate(last.RunDate) }, cancellationToken: cancellationToken));
        return [.. alerts.Select(row => ToPattern(row).Alert)];
    }

    public async Task<NightFindings> GetFindingsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        if (await RunDateAsync(connection, runId, cancellationToken) is not { } runDate)
        {
            return NightFindings.None;
        }

        var parameters = new { RunId = runId, RunDate = runDate, Completed };
        return new NightFindings(
            await ReadPatternsAsync(connection, ScanSql.SelectPatternAlertsOfRun, parameters, cancellationToken),
            await ReadComplianceAsync(connection, ScanSql.SelectComplianceAlertsOfRun, parameters, cancellationToken),
            await ReadPatternsAsync(connection, ScanSql.SelectClosedPatternAlerts, parameters, cancellationToken),
            await ReadComplianceAsync(connection, ScanSql.SelectClosedComplianceAlerts, parameters, cancellationToken));
    }

    public async Task<ShownFindings> GetShownFindingsAsync(long runId, int perGroup, CancellationToken cancellationToken)
    {
        // At least one: SQL Server refuses to fetch no rows, and a digest that lists nothing has no use for the read.
        ArgumentOutOfRangeException.ThrowIfLessThan(perGroup, 1);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        if (await RunDateAsync(connection, runId, cancellationToken) is not { } runDate)
        {
            return ShownFindings.None;
        }

        var parameters = new { RunId = runId, RunDate = runDate, Completed, New, Skip = 0, Take = perGroup };
        async Task<FindingCountsRow> Count(string sql) =>
            await connection.QuerySingleAsync<FindingCountsRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));

        // A group that counts nothing is not read: most nights close nothing.
        async Task<AlertGroup<StoredPatternAlert>> Patterns(string sql, long total) => total == 0
            ? AlertGroup<StoredPatternAlert>.Empty
            : new(await ReadPatternsAsync(connection, _dialect.Page(sql), parameters, cancellationToken), checked((int)total));
        async Task<AlertGroup<StoredComplianceAlert>> Compliance(string sql, long total) => total == 0
            ? AlertGroup<StoredComplianceAlert>.Empty
            : new(await ReadComplianceAsync(connection, _dialect.Page(sql), parameters, cancellationToken), checked((int)total));

        var patterns = await Count(ScanSql.CountPatternAlertsOfRun);
        var compliance = await Count(ScanSql.CountComplianceAlertsOfRun);
        return new ShownFindings(
            new FindingGroups<StoredPatternAlert>(
                await Patterns(ScanSql.SelectNewPatternAlertsOfRun, patterns.NewCount),
                await Patterns(ScanSql.SelectStillOpenPatternAlertsOfRun, patterns.OpenCount - patterns.NewCount),
                await Patterns(ScanSql.SelectClosedPatternAlerts, patterns.ClosedCount)),
            new FindingGroups<StoredComplianceAlert>(
                await Compliance(ScanSql.SelectNewComplianceAlertsOfRun, compliance.NewCount),
                await Compliance(ScanSql.SelectStillOpenComplianceAlertsOfRun, compliance.OpenCount - compliance.NewCount),
                await Compliance(ScanSql.SelectClosedComplianceAlerts, compliance.ClosedCount)));
    }

    /// <summary>A run's night as the findings reads bind it; null when there is no such run.</summary>
    private async Task<object?> RunDateAsync(DbConnection connection, long runId, CancellationToken cancellationToken)
    {
        var run = await connection.QuerySingleOrDefaultAsync<RunStateRow>(new CommandDefinition(
            ScanSql.DescribeRun, new { RunId = runId }, cancellationToken: cancellationToken));
        return run is null ? null : _dialect.ToDbDate(_dialect.FromDbDate(run.RunDate));
    }

    private async Task<StoredPatternAlert[]> ReadPatternsAsync(DbConnection connection, string sql, object parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<PatternAlertRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
        .Select(ToPattern).ToArray();

    private async Task<StoredComplianceAlert[]> ReadComplianceAsync(DbConnection connection, string sql, object parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<ComplianceAlertRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
        .Select(ToCompliance).ToArray();

    /// <summary>Tonight's history keys, replacing what an earlier run of the night left; older nights past retention go.</summary>
    private async Task WriteHistoryAsync(
        DbConnection connection, DbTransaction transaction, DateOnly runDate, IReadOnlyList<RecordKey> tonight, DateOnly? keepFrom, CancellationToken cancellationToken)
    {
        await Execute(connection, transaction, ScanSql.DeleteHistoryOfDate, new { RunDate = _dialect.ToDbDate(runDate) }, cancellationToken);
        if (keepFrom is { } from)
        {
            await Execute(connection, transaction, ScanSql.DeleteHistoryBefore, new { KeepFrom = _dialect.ToDbDate(from) }, cancellationToken);
        }

        // Projected as written, not first copied: a national night has millions of keys.
        await _dialect.InsertHistoryAsync(connection, transaction, WriteOrder.History(tonight).Select(k => new NewHistoryRow(
            runDate, k.Source, k.RecordId, k.RecordDate, k.Person, StoredKind(k.Kind), k.ValueToken, k.Masked)), cancellationToken);
    }

    /// <summary>The night's pattern and compliance alerts, replacing an earlier run's.</summary>
    private async Task WriteFindingAlertsAsync(
        DbConnection connection, DbTransaction transaction, long runId, object runDate,
        IReadOnlyList<PatternAlert> patterns, IReadOnlyList<ComplianceAlert> compliance, CancellationToken cancellationToken)
    {
        var night = new { RunDate = runDate };
        await Execute(connection, transaction, ScanSql.DeletePatternAlertsOfDate, night, cancellationToken);
        await Execute(connection, transaction, ScanSql.DeleteComplianceAlertsOfDate, night, cancellationToken);
        // Hundreds of thousands a national night in a running service (every open alert, every night): see
        // SqlDialect.InsertFindingAlertsAsync.
        await _dialect.InsertFindingAlertsAsync(connection, transaction, ScanSql.InsertPatternAlert,
            patterns.Select(p => new object?[]
            {
                runId, runDate, p.RuleId, p.RuleVersion, p.PatternKey, p.KeyMasked, string.Join(MemberSeparator, p.Members),
                p.Members.Count, p.PeopleCount, p.Explanation, p.EarliestDay is { } earliest ? _dialect.ToDbDate(earliest) : null,
            }),
            cancellationToken);
        await _dialect.InsertFindingAlertsAsync(connection, transaction, ScanSql.InsertComplianceAlert,
            compliance.Select(c => new object?[]
            {
                runId, runDate, c.RuleId, c.RuleVersion, c.AlertKey, c.Source, c.RecordId,
                _dialect.ToDbTimestamp(new DateTimeOffset(c.DueOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), c.Explanation,
            }),
            cancellationToken);
    }

    private StoredPatternAlert ToPattern(PatternAlertRow row) => new(
        row.AlertId,
        _dialect.FromDbDate(row.RunDate),
        new PatternAlert(row.RuleId, row.RuleVersion, row.PatternKey, row.KeyMasked,
            row.Members.Split(MemberSeparator, StringSplitOptions.RemoveEmptyEntries), row.PeopleCount, row.Explanation)
        {
            EarliestDay = row.EarliestDay is null or DBNull ? null : _dialect.FromDbDate(row.EarliestDay),
        },
        _dialect.FromDbDate(row.FirstSeenDate),
        StoredNames.AlertStatusOf(row.Status));

    private StoredComplianceAlert ToCompliance(ComplianceAlertRow row) => new(
        row.AlertId,
        _dialect.FromDbDate(row.RunDate),
        new ComplianceAlert(row.RuleId, row.RuleVersion, row.Source, row.RecordId,
            DateOnly.FromDateTime(_dialect.FromDbTimestamp(row.DueAt).UtcDateTime), row.Explanation),
        _dialect.FromDbDate(row.FirstSeenDate),
        StoredNames.AlertStatusOf(row.Status));

    // The words of record_history's CHECK constraint; one string each rather than two made per key.
    private static string StoredKind(RecordKeyKind kind) => kind switch
    {
        RecordKeyKind.Record => "record",
        RecordKeyKind.Phone => "phone",
        RecordKeyKind.Premises => "premises",
        RecordKeyKind.Reference => "reference",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no stored name for this kind of history key"),
    };
}
