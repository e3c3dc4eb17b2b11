using ScanService.Model;
using ScanService.Storage.Dialects;

namespace ScanService.Storage.Rows;

/// <summary>Turns stored rows back into model values, using the dialect for what each database stores dates as.</summary>
internal sealed class RowMapper(SqlDialect dialect)
{
    /// <summary>Folds the joined rows of one run (ordered by source) into its record; null when there are none.</summary>
    public RunRecord? ToRun(IReadOnlyList<RunSourceRow> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var run = rows[0];
        var sources = rows.Where(row => row.Source is not null).Select(ToSource).ToArray();
        return new RunRecord(
            run.RunId,
            dialect.FromDbDate(run.RunDate),
            dialect.FromDbTimestamp(run.StartedAt),
            dialect.FromDbTimestampOrNull(run.FinishedAt),
            StoredNames.RunStatusOf(run.Status),
            run.RuleSetHash,
            run.Error,
            run.DigestPath,
            sources);
    }

    public StoredLinkAlert ToAlert(AlertRow row) => new(
        row.AlertId,
        new LinkAlert
        {
            Source = row.Source,
            RecordId = row.RecordId,
            InvestigationRef = row.InvestigationRef,
            SubjectRef = row.SubjectRef,
            RuleId = row.RuleId,
            Score = row.Score,
            MatchedOn = row.MatchedOn,
            Explanation = row.Explanation,
            RecordMasked = row.RecordMasked,
            RuleVersion = checked((int)row.RuleVersion),
        },
        row.RunId,
        dialect.FromDbDate(row.RunDate),
        dialect.FromDbDate(row.FirstSeenDate),
        StoredNames.AlertStatusOf(row.Status))
    {
        RuleSetHash = row.RuleSetHash,
    };

    public AlertDisposition ToDisposition(DispositionRow row) => new(
        row.Id,
        row.AlertId,
        row.Key,
        dialect.FromDbDate(row.AlertRunDate),
        row.EvidenceFingerprint,
        StoredNames.DispositionOf(row.Disposition),
        row.DisposedBy,
        row.Reason,
        dialect.FromDbTimestamp(row.DisposedAt));

    public AuditEntry ToAudit(AuditRow row) => new(
        row.Id,
        dialect.FromDbTimestamp(row.OccurredAt),
        StoredNames.AuditActionOf(row.Action),
        row.Actor,
        row.RunId,
        row.RowCount is { } count ? checked((int)count) : null,
        AuditLists.ParseRecipients(row.Recipients),
        AuditLists.ParseAlertIds(row.AlertIds),
        row.Detail);

    private static SourceReport ToSource(RunSourceRow row) => new(
        row.Source!,
        row.FileName!,
        StoredNames.SourceOutcomeOf(row.Outcome!),
        checked((int)row.RowsRead!.Value),
        checked((int)row.Accepted!.Value),
        checked((int)row.Rejected!.Value),
        checked((int)row.FieldIssues!.Value),
        row.SourceError);
}
