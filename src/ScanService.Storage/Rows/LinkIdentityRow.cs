using ScanService.Model;

namespace ScanService.Storage.Rows;

/// <summary>The columns that name one link (record ↔ investigation via a subject, by a rule), shared by the rows that carry it.</summary>
internal abstract class LinkIdentityRow
{
    public string Source { get; set; } = "";

    public string RecordId { get; set; } = "";

    public string InvestigationRef { get; set; } = "";

    public string SubjectRef { get; set; } = "";

    public string RuleId { get; set; } = "";

    public LinkAlertKey Key => new(Source, RecordId, InvestigationRef, SubjectRef, RuleId);
}
