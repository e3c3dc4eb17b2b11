namespace ScanService.Storage.Rows;

/// <summary>One row of <c>pattern_alerts</c>.</summary>
internal sealed class PatternAlertRow
{
    public long AlertId { get; set; }

    public object RunDate { get; set; } = null!;

    public string RuleId { get; set; } = "";

    public int RuleVersion { get; set; }

    public string PatternKey { get; set; } = "";

    public string KeyMasked { get; set; } = "";

    public string Members { get; set; } = "";

    public int PeopleCount { get; set; }

    public string Explanation { get; set; } = "";

    public object? EarliestDay { get; set; }

    public object FirstSeenDate { get; set; } = null!;

    public string Status { get; set; } = "";
}

/// <summary>One row of <c>compliance_alerts</c>.</summary>
internal sealed class ComplianceAlertRow
{
    public long AlertId { get; set; }

    public object RunDate { get; set; } = null!;

    public string RuleId { get; set; } = "";

    public int RuleVersion { get; set; }

    public string Source { get; set; } = "";

    public string RecordId { get; set; } = "";

    public object DueAt { get; set; } = null!;

    public string Explanation { get; set; } = "";

    public object FirstSeenDate { get; set; } = null!;

    public string Status { get; set; } = "";
}

/// <summary>A run's pattern or compliance alerts counted (<see cref="ScanSql.CountPatternAlertsOfRun"/>).</summary>
internal sealed class FindingCountsRow
{
    public long OpenCount { get; set; }

    public long NewCount { get; set; }

    public long ClosedCount { get; set; }
}
