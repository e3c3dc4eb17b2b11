namespace ScanService.Storage.Rows;

/// <summary>One row of <c>audit_log</c>: lists are stored as text (see <see cref="AuditLists"/>).</summary>
internal sealed class AuditRow
{
    public long Id { get; set; }

    public object OccurredAt { get; set; } = null!;

    public string Action { get; set; } = "";

    public string Actor { get; set; } = "";

    public long? RunId { get; set; }

    public long? RowCount { get; set; }

    public string? Recipients { get; set; }

    public string? AlertIds { get; set; }

    public string? Detail { get; set; }
}
