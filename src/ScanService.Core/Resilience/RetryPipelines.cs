using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ScanService.Resilience;

/// <summary>
/// Builds the Polly pipelines the service uses for transient failures: retry (exponential backoff with jitter)
/// around a per-attempt timeout, every failed attempt logged with its number, wait and reason.
/// </summary>
public static partial class RetryPipelines
{
    /// <param name="operation">What is being tried, for the log ("database connection", "SMTP send").</param>
    /// <param name="isTransient">Failures worth another attempt; anything else fails at once.</param>
    public static ResiliencePipeline Create(
        RetryOptions options, string operation, Func<Exception, bool> isTransient, ILogger logger, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder { TimeProvider = clock };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(options.BaseDelaySeconds),
                MaxDelay = TimeSpan.FromSeconds(Math.Max(options.MaxDelaySeconds, options.BaseDelaySeconds)),
                ShouldHandle = new PredicateBuilder().Handle<TimeoutRejectedException>().Handle(isTransient),
                OnRetry = args =>
                {
                    var error = args.Outcome.Exception;
                    LogRetry(logger, operation, args.AttemptNumber + 1, options.MaxAttempts, args.RetryDelay.TotalSeconds,
                        error?.GetType().Name ?? "no result", error?.Message ?? "");
                    return default;
                },
            });
        }

        builder.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
        return builder.Build();
    }

    // The reason is the provider's message (host, port, SMTP status): no connection string, no personal data.
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Operation}: attempt {Attempt} of {MaxAttempts} failed ({ErrorType}: {Reason}); retrying in {DelaySeconds:0.0} s")]
    private static partial void LogRetry(ILogger logger, string operation, int attempt, int maxAttempts, double delaySeconds, string errorType, string reason);
}
