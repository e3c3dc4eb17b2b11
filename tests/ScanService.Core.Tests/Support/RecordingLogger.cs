using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ScanService.Core.Tests.Support;

/// <summary>Keeps every formatted log message, so a test can wait for (or assert on) what the code reported.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyList<string> Messages => [.. _messages];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _messages.Enqueue(formatter(state, exception));

    /// <summary>Polls (no fixed sleep) until a message containing <paramref name="text"/> was logged.</summary>
    public async Task WaitForAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Messages.Any(m => m.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"nothing logged containing '{text}' within {timeout.TotalSeconds} s; logged: {string.Join(" | ", Messages)}");
            }

            await Task.Delay(20);
        }
    }
}
