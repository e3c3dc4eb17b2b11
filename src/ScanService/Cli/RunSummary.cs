using System.Globalization;
using ScanService.Model;
using ScanService.Pipeline;

namespace ScanService.Host.Cli;

/// <summary>The summary printed at the end of <c>scan run</c>: counts and paths only, no personal details.</summary>
internal static class RunSummary
{
    public static void Write(ScanOutcome outcome, TextWriter output, TextWriter error)
    {
        var seconds = outcome.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var status = outcome.Status == RunStatus.Completed ? "completed" : "FAILED";
        output.WriteLine($"ScanService run {outcome.RunId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(not recorded)"} for {outcome.RunDate:yyyy-MM-dd}: {status} in {seconds} s");
        if (outcome.Sources.Count > 0)
        {
            output.WriteLine($"  {"source",-26} {"outcome",-8} {"read",6} {"accepted",9} {"rejected",9} {"dropped",8}");
            foreach (var source in outcome.Sources)
            {
                output.WriteLine($"  {source.Source,-26} {Outcome(source.Outcome),-8} {source.RowsRead,6} {source.Accepted,9} {source.Rejected,9} {source.FieldIssues,8}");
                if (source.Error is not null)
                {
                    output.WriteLine($"    ! {source.Error}");
                }
            }
        }

        if (outcome.Status == RunStatus.Completed)
        {
            output.WriteLine($"  link alerts: {outcome.NewAlerts} new, {outcome.RepeatAlerts} repeat, {outcome.SuppressedAlerts} suppressed as false positives");
            output.WriteLine($"  pattern alerts open: {outcome.PatternAlerts} · compliance alerts open: {outcome.ComplianceAlerts} ('scan alerts export --kind pattern|compliance')");
            output.WriteLine(outcome.DigestAlreadySent
                ? "  digest: already written for this night (not sent again; use --resend-digest)"
                : $"  digest: {outcome.DigestPath ?? "not written"}");
        }

        if (outcome.StageTimings.Count > 0)
        {
            output.WriteLine("  stages: " + string.Join(", ", outcome.StageTimings.Select(s =>
                string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalSeconds:0.0} s"))));
        }

        if (outcome.QuarantinePath is not null)
        {
            output.WriteLine($"  quarantine: {outcome.QuarantinePath} ({outcome.QuarantinedIssues} rows or values)");
        }

        if (outcome.Error is not null)
        {
            error.WriteLine($"scan run {outcome.RunDate:yyyy-MM-dd} did not complete: {outcome.Error}");
        }
    }

    private static string Outcome(SourceOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
