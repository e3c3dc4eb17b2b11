namespace ScanService.Model;

/// <summary>
/// Several people sharing one value within a rule's window. <see cref="PatternKey"/> is a hash, never the value;
/// the members are <c>source/record_id</c> references.
/// </summary>
public sealed record PatternAlert(
    string RuleId,
    int RuleVersion,
    string PatternKey,
    string KeyMasked,
    IReadOnlyList<string> Members,
    int PeopleCount,
    string Explanation)
{
    /// <summary>
    /// The earliest day a member counted on in the window (<see cref="RecordKey.WindowDay"/>): while the window has
    /// not passed it and no new member comes, the pattern is unchanged. Null for alerts stored before it was kept.
    /// </summary>
    public DateOnly? EarliestDay { get; init; }
}

/// <summary>A record whose follow-up (e.g. a crime record for an NRM referral) is overdue.</summary>
public sealed record ComplianceAlert(
    string RuleId,
    int RuleVersion,
    string Source,
    string RecordId,
    DateOnly DueOn,
    string Explanation)
{
    public string AlertKey => Source + "/" + RecordId;
}

/// <summary>A pattern alert as stored for a night: new or still open since an earlier night.</summary>
public sealed record StoredPatternAlert(long AlertId, DateOnly RunDate, PatternAlert Alert, DateOnly FirstSeenDate, AlertStatus Status);

/// <summary>A compliance alert as stored for a night: new or still open since an earlier night.</summary>
public sealed record StoredComplianceAlert(long AlertId, DateOnly RunDate, ComplianceAlert Alert, DateOnly FirstSeenDate, AlertStatus Status);

/// <summary>
/// A night's pattern and compliance alerts, and those open on the night before that are open no more (the crime
/// record arrived; the members left the window).
/// </summary>
public sealed record NightFindings(
    IReadOnlyList<StoredPatternAlert> Patterns,
    IReadOnlyList<StoredComplianceAlert> Compliance,
    IReadOnlyList<StoredPatternAlert> ClosedPatterns,
    IReadOnlyList<StoredComplianceAlert> ClosedCompliance)
{
    public static readonly NightFindings None = new([], [], [], []);
}
