using Polly.Timeout;
using ScanService.Core.Tests.Support;
using ScanService.Resilience;

namespace ScanService.Core.Tests.Resilience;

public class RetryPipelinesTests
{
    private static readonly RetryOptions Quick = new() { MaxAttempts = 3, BaseDelaySeconds = 0.01, MaxDelaySeconds = 0.05, AttemptTimeoutSeconds = 0.2 };

    private readonly RecordingLogger _log = new();

    [Test]
    public async Task A_transient_failure_is_tried_the_configured_number_of_times_and_each_retry_is_logged()
    {
        var attempts = 0;
        var pipeline = RetryPipelines.Create(Quick, "database connection", ex => ex is IOException, _log, TimeProvider.System);

        await Should.ThrowAsync<IOException>(async () => await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            throw new IOException("connection refused");
        }));

        attempts.ShouldBe(3);
        _log.Messages.Count.ShouldBe(2);
        _log.Messages[0].ShouldStartWith("database connection: attempt 1 of 3 failed (IOException: connection refused); retrying in ");
        _log.Messages[1].ShouldStartWith("database connection: attempt 2 of 3 failed");
    }

    [Test]
    public async Task A_failure_that_is_not_transient_is_not_retried()
    {
        var attempts = 0;
        var pipeline = RetryPipelines.Create(Quick, "SMTP send", ex => ex is IOException, _log, TimeProvider.System);

        await Should.ThrowAsync<InvalidOperationException>(async () => await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            throw new InvalidOperationException("authentication rejected");
        }));

        attempts.ShouldBe(1);
        _log.Messages.ShouldBeEmpty();
    }

    [Test]
    public async Task An_attempt_that_hangs_is_cut_off_by_the_attempt_timeout_and_retried()
    {
        var attempts = 0;
        var pipeline = RetryPipelines.Create(Quick, "SMTP send", _ => false, _log, TimeProvider.System);

        await Should.ThrowAsync<TimeoutRejectedException>(async () => await pipeline.ExecuteAsync(async token =>
        {
            attempts++;
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
        }));

        attempts.ShouldBe(3);
    }

    [Test]
    public async Task Success_after_a_transient_failure_returns_normally()
    {
        var attempts = 0;
        var pipeline = RetryPipelines.Create(Quick, "database connection", ex => ex is IOException, _log, TimeProvider.System);

        var result = await pipeline.ExecuteAsync(_ => ++attempts < 2 ? throw new IOException("restarting") : ValueTask.FromResult("open"));

        result.ShouldBe("open");
        attempts.ShouldBe(2);
    }

    [Test]
    public void Invalid_retry_settings_are_all_reported_naming_the_section()
    {
        var problems = new RetryOptions { MaxAttempts = 0, BaseDelaySeconds = 10, MaxDelaySeconds = 1, AttemptTimeoutSeconds = 0 }
            .Validate("Digest:Smtp:Retry").ToList();

        problems.Count.ShouldBe(3);
        problems.ShouldAllBe(p => p.StartsWith("Digest:Smtp:Retry:", StringComparison.Ordinal));
    }
}
