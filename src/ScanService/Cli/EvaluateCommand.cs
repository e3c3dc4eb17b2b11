using System.CommandLine;
using ScanService.Evaluation;
using ScanService.Host.Export;
using ScanService.Model;

namespace ScanService.Host.Cli;

/// <summary>
/// <c>scan evaluate</c>: precision, recall and F1 of a run against a truth file. The figures are information
/// for tuning, not a verdict, so the command succeeds whatever they are; it fails only when it cannot measure
/// (no truth file, a malformed one, no such run).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var truth = new Option<string>("--truth")
        {
            Description = "Truth CSV: source, record_id, investigation_ref; optional link_kind (or rule_id) and subject_ref.",
            HelpName = "FILE",
            Required = true,
        };
        var run = new Option<string>("--run")
        {
            Description = "Which run: 'latest' (the latest completed run) or a run id.",
            HelpName = "latest|RUN_ID",
            DefaultValueFactory = _ => "latest",
        };
        var top = new Option<int>("--top")
        {
            Description = $"How many of the worst misses and false alerts to list (default {Evaluator.DefaultTop}).",
            HelpName = "N",
            DefaultValueFactory = _ => Evaluator.DefaultTop,
        };
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();

        var command = new Command("evaluate", "Measure a run's link alerts against a truth file: precision, recall and F1 over (source, record_id, investigation_ref) pairs, recall by kind of link, and the worst misses and false alerts.")
        {
            truth, run, top, database, provider,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var count = parse.GetValue(top);
            if (count < 0)
            {
                await error.WriteLineAsync($"--top {count}: give zero or more");
                return ExitCodes.UsageError;
            }

            var truthPath = parse.GetValue(truth)!;
            var rows = TruthFile.Read(truthPath);
            if (!rows.Success)
            {
                await error.WriteLineAsync(rows.Error);
                return ExitCodes.UsageError;
            }

            var (opened, exitCode) = await StoredRun.OpenAsync(parse, database, provider, run, error, cancellationToken);
            if (opened is null)
            {
                return exitCode;
            }

            using var _ = opened;
            var (store, selected) = (opened.Store, opened.Run);
            var alerts = await store.GetAlertsAsync(selected.Id, cancellationToken);
            await WarnAboutUnreadSourcesAsync(rows.Value, selected, error);
            var report = Evaluator.Evaluate(rows.Value, alerts, count);
            EvaluationReportWriter.Write(report, output, $"Evaluation of run {selected.Id} ({selected.RunDate:yyyy-MM-dd}) against {truthPath}");
            await output.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A truth source the run never read is most likely the wrong run or the wrong truth file: say so, as its pairs all count as misses.</summary>
    private static async Task WarnAboutUnreadSourcesAsync(IReadOnlyList<TruthRow> rows, RunRecord run, TextWriter error)
    {
        var read = run.Sources.Where(s => s.Outcome == SourceOutcome.Read).Select(s => s.Source).ToHashSet(StringComparer.Ordinal);
        var unread = rows.Select(r => r.Pair.Source).Distinct(StringComparer.Ordinal).Where(s => !read.Contains(s)).Order(StringComparer.Ordinal).ToList();
        if (unread.Count > 0)
        {
            await error.WriteLineAsync($"warning: run {run.Id} did not read source(s) {string.Join(", ", unread)} named in the truth file; their links count as misses");
        }
    }
}
