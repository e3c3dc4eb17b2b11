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
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown alert status."),
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
        _ => throw Unknown("alert status", stored),
    };

    private static InvalidDataException Unknown(string what, string stored) =>
        new($"The database holds an unknown {what} '{stored}'.");
}
