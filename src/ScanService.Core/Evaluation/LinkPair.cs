using ScanService.Model;

namespace ScanService.Evaluation;

/// <summary>
/// The unit of evaluation: a partner record linked to an investigation. Rules and subjects are left out on
/// purpose: an analyst works a record against an investigation, so two rules (or two subjects of one
/// investigation) finding the same record are one link found, not two.
/// </summary>
public readonly record struct LinkPair(string Source, string RecordId, string InvestigationRef)
{
    public static LinkPair Of(LinkAlert alert) => new(alert.Source, alert.RecordId, alert.InvestigationRef);

    public PartnerRecordRef Record => new(Source, RecordId);

    public override string ToString() => $"{Source}/{RecordId} -> {InvestigationRef}";

    public static int CompareOrdinal(LinkPair a, LinkPair b)
    {
        var c = string.CompareOrdinal(a.Source, b.Source);
        if (c == 0) c = string.CompareOrdinal(a.RecordId, b.RecordId);
        if (c == 0) c = string.CompareOrdinal(a.InvestigationRef, b.InvestigationRef);
        return c;
    }
}

/// <summary>One partner record, whatever it was linked to.</summary>
public readonly record struct PartnerRecordRef(string Source, string RecordId);
