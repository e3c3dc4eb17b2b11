namespace ScanService.Model;

/// <summary>
/// The outcome of reading one value from partner data. Bad input is expected there, so failure is a value
/// carrying a reason (never the offending value itself: reasons end up in quarantine files and logs).
/// </summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    public bool Success => Error is null;

    /// <summary>Why the value was refused, written for the person who will fix the export.</summary>
    public string? Error { get; }

    public T Value => Success ? _value! : throw new InvalidOperationException($"No value: {Error}");

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string reason) => new(default, reason);
}
