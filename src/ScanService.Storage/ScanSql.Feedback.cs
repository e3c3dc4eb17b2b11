namespace ScanService.Storage;

/// <summary>Dispositions and the audit log. Inserts that hand back their key are split where databases differ.</summary>
internal static partial class ScanSql
{
    public const string InsertRunInto = "INSERT INTO scan_runs (run_date, started_at, status, rule_set_hash)";

    public const string RunValues = "VALUES (@RunDate, @StartedAt, @Status, @RuleSetHash)";

    public const string InsertDispositionInto = """
        INSERT INTO alert_dispositions (alert_id, source, record_id, investigation_ref, subject_ref, rule_id, alert_run_date,
                                        evidence_fingerprint, disposition, disposed_by, reason, disposed_at)
        """;

    public const string DispositionValues = """
        VALUES (@AlertId, @Source, @RecordId, @InvestigationRef, @SubjectRef, @RuleId, @AlertRunDate,
                @EvidenceFingerprint, @Disposition, @DisposedBy, @Reason, @DisposedAt)
        """;

    /// <summary>Every verdict on the link of an alert (found by the alert's link, or by the alert id itself once the row is gone).</summary>
    public const string SelectDispositionsOfAlert = $"""
        {DispositionColumns}
        WHERE d.alert_id = @AlertId
           OR EXISTS (SELECT 1 FROM link_alerts a
                      WHERE a.alert_id = @AlertId
                        AND a.source = d.source AND a.record_id = d.record_id AND a.investigation_ref = d.investigation_ref
                        AND a.subject_ref = d.subject_ref AND a.rule_id = d.rule_id)
        ORDER BY d.disposition_id
        """;

    public const string SelectDisposition = $"""
        {DispositionColumns}
        WHERE d.disposition_id = @DispositionId
        """;

    public const string InsertAuditInto =
        "INSERT INTO audit_log (occurred_at, action, actor, run_id, row_count, recipients, alert_ids, detail)";

    public const string AuditValues = "VALUES (@OccurredAt, @Action, @Actor, @RunId, @RowCount, @Recipients, @AlertIds, @Detail)";

    /// <summary>Oldest first; the dialect appends its paging clause.</summary>
    public const string SelectAuditBetween = """
        SELECT audit_id AS Id, occurred_at AS OccurredAt, action AS Action, actor AS Actor, run_id AS RunId,
               row_count AS RowCount, recipients AS Recipients, alert_ids AS AlertIds, detail AS Detail
        FROM audit_log
        WHERE occurred_at >= @Since AND occurred_at < @Until
        ORDER BY occurred_at, audit_id
        """;

    private const string DispositionColumns = """
        SELECT d.disposition_id AS Id, d.alert_id AS AlertId, d.source AS Source, d.record_id AS RecordId,
               d.investigation_ref AS InvestigationRef, d.subject_ref AS SubjectRef, d.rule_id AS RuleId,
               d.alert_run_date AS AlertRunDate, d.evidence_fingerprint AS EvidenceFingerprint,
               d.disposition AS Disposition, d.disposed_by AS DisposedBy, d.reason AS Reason, d.disposed_at AS DisposedAt
        FROM alert_dispositions d
        """;
}
