namespace ScanService.Model;

/// <summary>What was done with the data: law-enforcement processing must show who was sent or given what.</summary>
public enum AuditAction
{
    /// <summary>A digest was written for delivery: its recipients and the alerts whose details it listed.</summary>
    DigestWritten,

    /// <summary>Alerts of a run were exported: by whom, in which format, how many rows, where to.</summary>
    AlertsExported,

    /// <summary>An analyst marked an alert false positive or confirmed.</summary>
    AlertDisposed,

    /// <summary>Runs and alerts past the retention period were deleted.</summary>
    DataPurged,
}

/// <summary>One audit log entry. <see cref="Id"/> is 0 until stored; lists are empty when they do not apply.</summary>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset OccurredAt,
    AuditAction Action,
    string Actor,
    long? RunId,
    int? RowCount,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<long> AlertIds,
    string? Detail)
{
    public static AuditEntry New(
        DateTimeOffset occurredAt, AuditAction action, string actor, long? runId = null, int? rowCount = null,
        IReadOnlyList<string>? recipients = null, IReadOnlyList<long>? alertIds = null, string? detail = null) =>
        new(0, occurredAt, action, actor, runId, rowCount, recipients ?? [], alertIds ?? [], detail);
}
