namespace ScanService.Model;

/// <summary>The identity of a link: the same key on two nights is the same link.</summary>
public readonly record struct LinkAlertKey(string Source, string RecordId, string InvestigationRef, string SubjectRef, string RuleId)
{
    public static LinkAlertKey Of(LinkAlert alert) =>
        new(alert.Source, alert.RecordId, alert.InvestigationRef, alert.SubjectRef, alert.RuleId);
}
