namespace ScanService.Resilience;

/// <summary>
/// How hard to try something transient (opening a database connection, sending mail) before giving up: attempts,
/// exponential backoff with jitter between them, and a time limit per attempt. Bound from configuration.
/// </summary>
public sealed class RetryOptions
{
    /// <summary>Attempts in all, the first included; 1 means no retry.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first wait; each later one doubles (with jitter), up to <see cref="MaxDelaySeconds"/>.</summary>
    public double BaseDelaySeconds { get; set; } = 2;

    public double MaxDelaySeconds { get; set; } = 30;

    /// <summary>One attempt that takes longer than this is abandoned and counts as failed.</summary>
    public double AttemptTimeoutSeconds { get; set; } = 30;

    /// <summary>Every problem, each naming its setting under <paramref name="section"/>.</summary>
    public IEnumerable<string> Validate(string section)
    {
        if (MaxAttempts is < 1 or > 100)
        {
            yield return $"{section}:MaxAttempts must be between 1 and 100 (was {MaxAttempts})";
        }

        if (BaseDelaySeconds is < 0 or > 3600)
        {
            yield return $"{section}:BaseDelaySeconds must be between 0 and 3600 (was {BaseDelaySeconds})";
        }

        if (MaxDelaySeconds < BaseDelaySeconds)
        {
            yield return $"{section}:MaxDelaySeconds must be at least BaseDelaySeconds (was {MaxDelaySeconds})";
        }

        if (AttemptTimeoutSeconds is <= 0 or > 3600)
        {
            yield return $"{section}:AttemptTimeoutSeconds must be more than 0 and at most 3600 (was {AttemptTimeoutSeconds})";
        }
    }
}
