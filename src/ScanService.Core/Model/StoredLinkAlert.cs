namespace ScanService.Model;

public enum AlertStatus
{
    /// <summary>First alerted on this run's date.</summary>
    New,

    /// <summary>The same link was alerted on an earlier night.</summary>
    Repeat,

    /// <summary>
    /// An analyst marked the link a false positive on an earlier night and its evidence has not changed since:
    /// stored so the record of what was found stays complete, but counted only, never listed or exported by default.
    /// </summary>
    Suppressed,
}

/// <summary>A link alert as stored for a run: the alert plus when it was first seen.</summary>
public sealed record StoredLinkAlert(
    long AlertId,
    LinkAlert Alert,
    long RunId,
    DateOnly RunDate,
    DateOnly FirstSeenDate,
    AlertStatus Status)
{
    /// <summary>The hash of the whole rule set the night ran with, copied from its run so the alert explains itself alone.</summary>
    public string RuleSetHash { get; init; } = "";
}
