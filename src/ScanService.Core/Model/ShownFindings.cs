namespace ScanService.Model;

/// <summary>The first alerts of one digest group in digest order, and how many the group holds in all.</summary>
public sealed record AlertGroup<T>(IReadOnlyList<T> First, int Total)
{
    public static readonly AlertGroup<T> Empty = new([], 0);

    /// <summary>The first <paramref name="count"/> of <paramref name="alerts"/>, which are in digest order.</summary>
    public static AlertGroup<T> FirstOf(IReadOnlyList<T> alerts, int count) => new([.. alerts.Take(count)], alerts.Count);
}

/// <summary>A kind's alerts as the digest groups them: new tonight, still open from an earlier night, closed tonight.</summary>
public sealed record FindingGroups<T>(AlertGroup<T> New, AlertGroup<T> StillOpen, AlertGroup<T> ClosedTonight)
{
    public static readonly FindingGroups<T> Empty = new(AlertGroup<T>.Empty, AlertGroup<T>.Empty, AlertGroup<T>.Empty);
}

/// <summary>
/// What the digest lists of a night's pattern and compliance alerts: in each group the first alerts, up to the digest's
/// cap, and the group's count. A national night holds hundreds of thousands of alerts and the digest lists a few hundred,
/// so the rest are counted by the database rather than read (see <c>IFindingsStore.GetShownFindingsAsync</c>).
/// </summary>
public sealed record ShownFindings(FindingGroups<StoredPatternAlert> Patterns, FindingGroups<StoredComplianceAlert> Compliance)
{
    public static readonly ShownFindings None = new(FindingGroups<StoredPatternAlert>.Empty, FindingGroups<StoredComplianceAlert>.Empty);

    /// <summary>
    /// The same groups cut from every alert of the night, as the store's capped read returns them: what that read must
    /// equal (the store contract and digest tests compare the two).
    /// </summary>
    public static ShownFindings FirstOf(NightFindings all, int perGroup)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentOutOfRangeException.ThrowIfLessThan(perGroup, 1);
        return new ShownFindings(
            Groups(all.Patterns, all.ClosedPatterns, p => p.Status, perGroup),
            Groups(all.Compliance, all.ClosedCompliance, c => c.Status, perGroup));
    }

    private static FindingGroups<T> Groups<T>(IReadOnlyList<T> open, IReadOnlyList<T> closed, Func<T, AlertStatus> status, int perGroup) => new(
        AlertGroup<T>.FirstOf([.. open.Where(a => status(a) == AlertStatus.New)], perGroup),
        AlertGroup<T>.FirstOf([.. open.Where(a => status(a) != AlertStatus.New)], perGroup),
        AlertGroup<T>.FirstOf(closed, perGroup));
}
