using System.Globalization;
using System.Text;
using ScanService.Model;

namespace ScanService.Host.Cli;

/// <summary>The runs of <c>scan status</c> as a fixed-width table: counts and reasons only, never personal data.</summary>
internal static class RunTable
{
    private const string Header = "run  night       outcome    started (UTC)         took      sources  rows read  accepted  rejected  reason";

    public static string Render(IReadOnlyList<RunRecord> runs)
    {
        if (runs.Count == 0)
        {
            return "no runs yet" + Environment.NewLine;
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"last {runs.Count} run(s), newest first:");
        text.AppendLine(Header);
        foreach (var run in runs)
        {
            text.AppendLine(Row(run));
        }

        return text.ToString();
    }

    private static string Row(RunRecord run)
    {
        var took = run.FinishedAt is { } finished ? (finished - run.StartedAt).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "-";
        var notRead = run.Sources.Count(s => s.Outcome != SourceOutcome.Read);
        var sources = notRead == 0
            ? run.Sources.Count.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{run.Sources.Count} ({notRead} not read)");
        var reason = run.Error ?? string.Join("; ", run.Sources.Where(s => s.Outcome != SourceOutcome.Read).Select(s => $"{s.Source}: {s.Outcome.ToString().ToLowerInvariant()}"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{run.Id,-4} {run.RunDate:yyyy-MM-dd}  {run.Status.ToString().ToLowerInvariant(),-9}  {run.StartedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}  {took,-8}  {sources,-7}  {run.Sources.Sum(s => s.RowsRead),9}  {run.Sources.Sum(s => s.Accepted),8}  {run.Sources.Sum(s => s.Rejected),8}  {OneLine(reason)}");
    }

    // A reason may carry a provider's multi-line message; the table keeps one run to one line.
    private static string OneLine(string reason) => reason.ReplaceLineEndings(" ");
}
