using ScanService.Model;

namespace ScanService.Storage;

/// <summary>
/// The lower-case words enumerations are stored as. Spelled out rather than derived from the member names, so
/// that renaming a C# member can never silently change what is in (or what can be read from) the database.
/// </summary>
internal static class StoredNames
{
    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Running => "running",
        RunStatus.Completed => "completed",
        RunStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown run status."),
    };

    public static string Of(SourceOutcome outcome) => outcome switch
    {
        SourceOutcome.Read => "read",
        SourceOutcome.Failed => "failed",
        SourceOutcome.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown source outcome."),
    };

    public static string Of(AlertStatus status) => status switch
    {
        AlertStatus.New => "new",
        AlertStatus.Repeat => "repeat",
        AlertStatus.Suppressed => "suppressed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown alert status."),
    };

    public static string Of(Disposition disposition) => disposition switch
    {
        Disposition.FalsePositive => "false-positive",
        Disposition.Confirmed => "confirmed",
        _ => throw new ArgumentOutOfRangeException(nameof(disposition), disposition, "Unknown disposition."),
    };

    public static string Of(AuditAction action) => action switch
    {
        AuditAction.DigestWritten => "digest-written",
        AuditAction.AlertsExported => "alerts-exported",
        AuditAction.AlertDisposed => "alert-disposed",
        AuditAction.DataPurged => "data-purged",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown audit action."),
    };

    public static RunStatus RunStatusOf(string stored) => stored switch
    {
        "running" => RunStatus.Running,
        "completed" => RunStatus.Completed,
        "failed" => RunStatus.Failed,
        _ => throw Unknown("run status", stored),
    };

    public static SourceOutcome SourceOutcomeOf(string stored) => stored switch
    {
        "read" => SourceOutcome.Read,
        "failed" => SourceOutcome.Failed,
        "missing" => SourceOutcome.Missing,
        _ => throw Unknown("source outcome", stored),
    };

    public static AlertStatus AlertStatusOf(string stored) => stored switch
    {
        "new" => AlertStatus.New,
        "repeat" => AlertStatus.Repeat,
        "suppressed" => AlertStatus.Suppressed,
        _ => throw Unknown("alert status", stored),
    };

    public static Disposition DispositionOf(string stored) => stored switch
    {
        "false-positive" => Disposition.FalsePositive,
        "confirmed" => Disposition.Confirmed,
        _ => throw Unknown("disposition", stored),
    };

    public static AuditAction AuditActionOf(string stored) => stored switch
    {
        "digest-written" => AuditAction.DigestWritten,
        "alerts-exported" => AuditAction.AlertsExported,
        "alert-disposed" => AuditAction.AlertDisposed,
        "data-purged" => AuditAction.DataPurged,
        _ => throw Unknown("audit action", stored),
    };

    private static InvalidDataException Unknown(string what, string stored) =>
        new($"The database holds an unknown {what} '{stored}'.");
}
