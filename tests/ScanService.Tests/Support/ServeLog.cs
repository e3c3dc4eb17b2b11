using System.Globalization;
using System.Text.RegularExpressions;

namespace ScanService.Tests.Support;

/// <summary>The lines <c>scan serve</c> logs for each firing, read back (they carry dates, ids and node names only).</summary>
internal static partial class ServeLog
{
    public static IReadOnlyList<Firing> Firings(IEnumerable<string> lines) =>
        [.. lines.Select(line => FiringLine().Match(line)).Where(m => m.Success).Select(m => new Firing(
            m.Groups["night"].Value,
            At(m.Groups["at"].Value),
            m.Groups["trigger"].Value,
            bool.Parse(m.Groups["catchup"].Value),
            bool.Parse(m.Groups["recovering"].Value),
            m.Groups["node"].Value))];

    public static IReadOnlyList<Completion> Completions(IEnumerable<string> lines) =>
        [.. lines.Select(line => CompletedLine().Match(line)).Where(m => m.Success).Select(m => new Completion(
            m.Groups["night"].Value,
            long.Parse(m.Groups["run"].Value, CultureInfo.InvariantCulture),
            At(m.Groups["at"].Value),
            m.Groups["node"].Value))];

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [GeneratedRegex(@"Scan firing for night (?<night>\S+) scheduled (?<at>\S+) trigger (?<trigger>\S+) catch-up (?<catchup>\w+) recovering (?<recovering>\w+) on node (?<node>\S+)")]
    private static partial Regex FiringLine();

    [GeneratedRegex(@"Scheduled scan completed: night (?<night>\S+) run (?<run>\d+) scheduled (?<at>\S+) on node (?<node>\S+)")]
    private static partial Regex CompletedLine();
}

internal sealed record Firing(string Night, DateTimeOffset ScheduledAt, string Trigger, bool CatchUp, bool Recovering, string Node);

internal sealed record Completion(string Night, long RunId, DateTimeOffset ScheduledAt, string Node);
