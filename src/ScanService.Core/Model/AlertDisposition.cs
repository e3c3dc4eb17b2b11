namespace ScanService.Model;

/// <summary>An analyst's verdict on a link alert.</summary>
public enum Disposition
{
    /// <summary>Not the same person/phone/premises: the link is suppressed on later nights while its evidence is unchanged.</summary>
    FalsePositive,

    /// <summary>A real link: recorded for the audit trail; the link keeps being reported.</summary>
    Confirmed,
}

/// <summary>What an analyst asks for: judge alert <paramref name="AlertId"/>.</summary>
public sealed record DispositionRequest(long AlertId, Disposition Verdict, string DisposedBy, string Reason, DateTimeOffset DisposedAt);

/// <summary>
/// A recorded verdict. It belongs to the link (<see cref="Link"/>), not to the alert row: a rerun of the night
/// replaces the row and its id, the verdict stays. It applies to nights after <see cref="AlertRunDate"/>.
/// </summary>
public sealed record AlertDisposition(
    long Id,
    long AlertId,
    LinkAlertKey Link,
    DateOnly AlertRunDate,
    string EvidenceFingerprint,
    Disposition Verdict,
    string DisposedBy,
    string Reason,
    DateTimeOffset DisposedAt);
