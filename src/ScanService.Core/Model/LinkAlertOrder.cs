namespace ScanService.Model;

/// <summary>
/// The order a night's link alerts are handed over, stored and shown in: by investigation, subject, source, record and
/// rule, compared ordinally, so that every provider and every number of threads agree. The match sorts into it, and
/// the store keeps a night that arrives in it as it is.
/// </summary>
public static class LinkAlertOrder
{
    public static int Compare(LinkAlert a, LinkAlert b)
    {
        var order = string.CompareOrdinal(a.InvestigationRef, b.InvestigationRef);
        order = order != 0 ? order : string.CompareOrdinal(a.SubjectRef, b.SubjectRef);
        order = order != 0 ? order : string.CompareOrdinal(a.Source, b.Source);
        order = order != 0 ? order : string.CompareOrdinal(a.RecordId, b.RecordId);
        return order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
    }
}
