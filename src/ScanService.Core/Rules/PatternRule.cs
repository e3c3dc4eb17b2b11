namespace ScanService.Rules;

/// <summary>
/// An aggregate over a time window: at least <see cref="MinPeople"/> distinct people giving one value
/// (<see cref="GroupBy"/>: a premises or a phone), reported by at least <see cref="MinSources"/> sources.
/// </summary>
public sealed record PatternRule(
    string Id,
    int Version,
    string Description,
    string Severity,
    bool Enabled,
    string? Owner,
    IReadOnlySet<string>? Sources,
    string GroupBy,
    int MinPeople,
    int MinSources,
    int WindowDays,
    string FileName) : IScanRule
{
    public const string ByPremises = "premises";
    public const string ByPhone = "phone";

    public static readonly string[] Groupings = [ByPremises, ByPhone];

    public RulePositions Positions { get; init; } = RulePositions.None;

    public bool AppliesTo(string source) => Enabled && (Sources is null || Sources.Contains(source));
}

/// <summary>
/// An obligation on each record of the rule's sources: a record of <see cref="RequiredSource"/> that quotes the
/// record's id in its <see cref="ReferenceColumn"/> must arrive within <see cref="WithinHours"/> of the record's
/// date. Until one does, the record is an open compliance alert; when one arrives, the alert closes.
/// </summary>
public sealed record ComplianceRule(
    string Id,
    int Version,
    string Description,
    string Severity,
    bool Enabled,
    string? Owner,
    IReadOnlySet<string>? Sources,
    string RequiredSource,
    string ReferenceColumn,
    int WithinHours,
    string FileName) : IScanRule
{
    public RulePositions Positions { get; init; } = RulePositions.None;

    public bool AppliesTo(string source) => Enabled && (Sources is null || Sources.Contains(source));

    /// <summary>
    /// Records carry a date, not a time: the obligation falls due at the end of the day the hours reach, so a
    /// referral dated the 21st with 24 hours is due by the end of the 22nd and overdue on the night of the 23rd.
    /// </summary>
    public DateOnly DueOn(DateOnly recordDate) => recordDate.AddDays((int)Math.Ceiling(WithinHours / 24.0));
}
