namespace ScanService.Rules;

public enum ProblemSeverity
{
    /// <summary>The rules folder cannot be used as it is; the run would stop.</summary>
    Error,

    /// <summary>Worth a look, but the run would go ahead (e.g. a rule that cannot link anything tonight).</summary>
    Warning,
}

/// <summary>
/// A problem in a rule, mapping or rule test file, located for the rule author: <c>file:line:col: message</c>.
/// Warnings say so in front of the message, so that a list of problems reads like a compiler's.
/// </summary>
public sealed record RuleError(string File, int Line, int Column, string Message)
{
    public ProblemSeverity Severity { get; init; } = ProblemSeverity.Error;

    public bool IsWarning => Severity == ProblemSeverity.Warning;

    public static RuleError Warning(string file, TextPosition at, string message) =>
        new(file, at.Line, at.Column, message) { Severity = ProblemSeverity.Warning };

    public static RuleError At(string file, TextPosition at, string message) => new(file, at.Line, at.Column, message);

    public override string ToString() => IsWarning ? $"{File}:{Line}:{Column}: warning: {Message}" : $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>The rules folder has errors; the run stops before anything is written.</summary>
public sealed class RuleSetException(IReadOnlyList<RuleError> errors)
    : Exception($"{errors.Count} error(s) in the rules folder:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<RuleError> Errors { get; } = errors;
}
