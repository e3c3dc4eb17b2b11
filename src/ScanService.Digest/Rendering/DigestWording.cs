using System.Globalization;
using ScanService.Digest.Content;
using ScanService.Model;

namespace ScanService.Digest.Rendering;

/// <summary>
/// The phrases both bodies and the subject share, in one place so the text and HTML digests never word the
/// same fact two ways.
/// </summary>
internal static class DigestWording
{
    /// <summary>The protective marking; it heads and ends every body and starts the subject.</summary>
    public const string Marking = "OFFICIAL-SENSITIVE";

    public const string ExportCommand = "scan alerts export";

    public static string Subject(DigestDocument document) =>
        $"{Marking}: ScanService digest {Date(document.RunDate)} — {Count(document.Totals.NewLinks, "new link", "new links")}";

    public static string Title(DigestDocument document) => $"ScanService morning digest — {Date(document.RunDate)}";

    public static string RunLine(DigestDocument document) =>
        $"Run {document.RunId} · {document.RunStatus.ToString().ToLowerInvariant()} · rule set {document.RuleSetHash}";

    public static string AttentionHeading(DigestDocument document)
    {
        var count = document.UnscannedSources.Count;
        return $"ATTENTION: {Count(count, "source was", "sources were")} not scanned tonight; " +
               $"{(count == 1 ? "its" : "their")} records were not checked against open investigations.";
    }

    public static string LinkCountsLine(DigestTotals totals) =>
        $"{Count(totals.NewLinks, "new link", "new links")} · " +
        $"{Count(totals.RepeatLinks, "repeat link", "repeat links")} (counted, not listed) · " +
        $"{Count(totals.SuppressedLinks, "link", "links")} suppressed as false positives";

    public static string SourceCountsLine(DigestDocument document)
    {
        var totals = document.Totals;
        var read = totals.Sources - totals.SourcesNotScanned;
        var failed = document.Sources.Count(s => s.Outcome == SourceOutcome.Failed);
        var missing = document.Sources.Count(s => s.Outcome == SourceOutcome.Missing);
        return $"{Count(totals.Sources, "source", "sources")}: {read} read, {failed} failed, {missing} missing · " +
               $"{Count(totals.RowsRead, "row", "rows")} read, {totals.RowsAccepted} accepted, " +
               $"{totals.RowsRejected} rejected, {Count(totals.FieldIssues, "field issue", "field issues")}";
    }

    public const string NoNewLinks = "No new links tonight.";

    public static string Overflow(int notShown) =>
        $"… and {Count(notShown, "more link", "more links")}, see `{ExportCommand}`";

    /// <summary>A section with no export of its own (<paramref name="kind"/> empty) only counts what it leaves out.</summary>
    public static string FindingsOverflow(int notShown, string kind) => kind.Length == 0
        ? $"… and {notShown} more"
        : $"… and {Count(notShown, "more alert", "more alerts")}, see `{ExportCommand} --kind {kind}`";

    public static string RepeatsFooter(DigestDocument document) =>
        $"Repeat links (seen on an earlier night) are counted, not listed: `{ExportCommand} --run {document.RunId}` lists every link of this run.";

    public static string TeamHeading(DigestTeam team) => $"Team: {team.Name}";

    public static string InvestigationHeading(DigestInvestigation investigation) =>
        investigation.Details is { } details
            ? $"{investigation.Ref} · {details.OperationName} · {details.Officer}"
            : $"{investigation.Ref} · (not in investigations.csv)";

    public static string LinkHeading(DigestLink link) =>
        $"score {Score(link.Alert.Score)} · {link.Alert.Source} / {link.Alert.RecordId} → subject {link.Alert.SubjectRef}";

    /// <summary>
    /// The version is the one that raised the alert, not today's: an analyst reading an alert raised by an older
    /// rule must be able to tell that the description beside it may have changed since.
    /// </summary>
    public static string Rule(DigestLink link) =>
        link.Rule is { } rule
            ? $"{rule.Id} v{link.Alert.RuleVersion} — {rule.Description} ({rule.Severity})"
            : $"{link.Alert.RuleId} v{link.Alert.RuleVersion} (not in the current rule set)";

    public static string Outcome(SourceOutcome outcome) => outcome.ToString().ToUpperInvariant();

    public static string SourceName(SourceReport source) => $"{source.Source} ({source.FileName})";

    public static string SourceProblem(SourceReport source) =>
        source.Error ?? (source.Outcome == SourceOutcome.Missing ? "No file tonight." : "No reason recorded.");

    public static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Count(int count, string singular, string plural) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural)}";
}
