using ScanService.Model;
using ScanService.Pipeline;
using ScanService.Store;

namespace ScanService.Core.Tests.Pipeline;

/// <summary>
/// The night's history and findings written on another thread while the records are matched: the night completes
/// only after both are in, a failed write fails the night, and a night abandoned half-way stops the writer before
/// its transaction is rolled back (a connection is never used by two threads).
/// </summary>
public sealed class NightAlongsideTests
{
    private static readonly DateOnly Night = new(2026, 11, 23);
    private static readonly RunCompletion Completion = new(7, Night, DateTimeOffset.UnixEpoch, [], []);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly PatternAlert Pattern = new("shared-phone", 1, "hash-1", "07700 900***", ["nrm-referrals/R1", "police-intelligence/P1"], 2, "2 people gave one phone");
    private static readonly ComplianceAlert Overdue = new("referral-to-crime", 1, "nrm-referrals", "R1", Night, "no crime record");

    [Test]
    public async Task The_night_completes_only_once_its_history_is_written()
    {
        var write = new RecordingWrite();
        await using var alongside = NightAlongside.Start(write, Findings([Key("R1")], Night.AddDays(-90)), CancellationToken.None);
        await write.HistoryStarted.Task.WaitAsync(Patience);

        var completing = alongside.CompleteAsync(Completion, CancellationToken.None);

        completing.IsCompleted.ShouldBeFalse();
        write.Events.ShouldBe(["history 1 keys, keep from 2026-08-25"]);
        write.ReleaseHistory.SetResult();
        await completing.WaitAsync(Patience);
        write.Events.ShouldBe(["history 1 keys, keep from 2026-08-25", "history written", "findings shared-phone hash-1, referral-to-crime R1", "complete"]);
    }

    [Test]
    public async Task Findings_that_fail_fail_the_night_and_nothing_is_completed()
    {
        var write = new RecordingWrite { FindingsFailure = new InvalidOperationException("constraint failed") };
        var alongside = NightAlongside.Start(write, Findings([Key("R1")], null), CancellationToken.None);
        write.ReleaseHistory.SetResult();

        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => alongside.CompleteAsync(Completion, CancellationToken.None));
        await alongside.DisposeAsync();

        thrown.Message.ShouldBe("constraint failed");
        write.Events.ShouldNotContain("complete");
        write.Events[^1].ShouldBe("disposed");
    }

    [Test]
    public async Task A_history_that_fails_fails_the_night_and_nothing_is_completed()
    {
        var write = new RecordingWrite { HistoryFailure = new InvalidOperationException("disk full") };
        var alongside = NightAlongside.Start(write, Findings([Key("R1")], null), CancellationToken.None);
        write.ReleaseHistory.SetResult();

        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => alongside.CompleteAsync(Completion, CancellationToken.None));
        await alongside.DisposeAsync();

        thrown.Message.ShouldBe("disk full");
        write.Events.ShouldNotContain("complete");
        write.Events.ShouldNotContain(e => e.StartsWith("findings", StringComparison.Ordinal));
        write.Events[^1].ShouldBe("disposed");
    }

    [Test]
    public async Task A_night_abandoned_while_its_history_is_written_stops_the_writer_before_the_transaction_is_let_go()
    {
        var write = new RecordingWrite();
        var alongside = NightAlongside.Start(write, Findings([Key("R1"), Key("R2")], null), CancellationToken.None);
        await write.HistoryStarted.Task.WaitAsync(Patience);

        await alongside.DisposeAsync().AsTask().WaitAsync(Patience);

        write.Events.ShouldBe(["history 2 keys, keep from none", "history cancelled", "disposed"]);
    }

    private static RunCompletion Findings(IReadOnlyList<RecordKey> history, DateOnly? keepFrom) =>
        Completion with { History = history, KeepHistoryFrom = keepFrom, Patterns = [Pattern], Compliance = [Overdue] };

    private static RecordKey Key(string recordId) =>
        new(Night, "nrm-referrals", recordId, null, "person", RecordKeyKind.Record, string.Empty, string.Empty);

    /// <summary>Records the order of the calls; its history write waits to be released or cancelled.</summary>
    private sealed class RecordingWrite : INightWrite
    {
        public List<string> Events { get; } = [];

        public TaskCompletionSource HistoryStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ReleaseHistory { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Exception? HistoryFailure { get; init; }

        public Exception? FindingsFailure { get; init; }

        public async Task WriteHistoryAsync(IReadOnlyList<RecordKey> tonight, DateOnly? keepHistoryFrom, CancellationToken cancellationToken)
        {
            Add($"history {tonight.Count} keys, keep from {keepHistoryFrom?.ToString("yyyy-MM-dd") ?? "none"}");
            HistoryStarted.SetResult();
            try
            {
                await ReleaseHistory.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Add("history cancelled");
                throw;
            }

            if (HistoryFailure is not null)
            {
                throw HistoryFailure;
            }

            Add("history written");
        }

        public Task WriteFindingsAsync(IReadOnlyList<PatternAlert> patterns, IReadOnlyList<ComplianceAlert> compliance, CancellationToken cancellationToken)
        {
            if (FindingsFailure is not null)
            {
                throw FindingsFailure;
            }

            Add($"findings {string.Join(", ", patterns.Select(p => $"{p.RuleId} {p.PatternKey}").Concat(compliance.Select(c => $"{c.RuleId} {c.RecordId}")))}");
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<StoredLinkAlert>> CompleteAsync(RunCompletion completion, CancellationToken cancellationToken)
        {
            Add("complete");
            return Task.FromResult<IReadOnlyList<StoredLinkAlert>>([]);
        }

        public ValueTask DisposeAsync()
        {
            Add("disposed");
            return ValueTask.CompletedTask;
        }

        private void Add(string what)
        {
            lock (Events)
            {
                Events.Add(what);
            }
        }
    }
}
