namespace ScanService.Rules;

/// <summary>A problem in a rule file, located for the rule author: <c>file:line:col: message</c>.</summary>
public sealed record RuleError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>The rule files have errors; the run stops before anything is written.</summary>
public sealed class RuleSetException(IReadOnlyList<RuleError> errors)
    : Exception($"{errors.Count} error(s) in the rule files:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<RuleError> Errors { get; } = errors;
}
