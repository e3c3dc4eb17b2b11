using System.Globalization;

namespace ScanService.Evaluation;

/// <summary>
/// The evaluation as plain text, for a terminal or a CI log. Figures use the invariant culture so that scripts
/// (and the tests) can read them back: lines <c>precision 0.9876</c>, <c>recall …</c>, <c>F1 …</c>.
/// </summary>
public static class EvaluationReportWriter
{
    public static void Write(EvaluationReport report, TextWriter writer, string heading)
    {
        writer.WriteLine(heading);
        writer.WriteLine("Unit: distinct (source, record_id, investigation_ref) pairs; any rule's alert counts for its pair.");
        writer.WriteLine();
        WriteFigures(report, writer);
        WriteRecallByKind(report, writer);
        WriteMisses(report, writer);
        WriteFalseAlerts(report, writer);
    }

    private static void WriteFigures(EvaluationReport r, TextWriter w)
    {
        w.WriteLine($"  truth       {r.TruthPairs,8} pairs  ({r.TruthRows} rows)");
        w.WriteLine($"  alerts      {r.AlertedPairs,8} pairs  ({r.Alerts} alerts)");
        w.WriteLine($"  true positives  {r.TruePositives,8}  alerted and in the truth");
        w.WriteLine($"  false positives {r.FalsePositives,8}  alerted, not in the truth");
        w.WriteLine($"  false negatives {r.FalseNegatives,8}  in the truth, not alerted");
        w.WriteLine();
        w.WriteLine($"  precision {Figure(r.Precision)}" + (r.AlertedPairs == 0 ? "  (no alerts, so no false alert)" : string.Empty));
        w.WriteLine($"  recall    {Figure(r.Recall)}" + (r.TruthPairs == 0 ? "  (the truth holds no pair, so nothing was missed)" : string.Empty));
        w.WriteLine($"  F1        {Figure(r.F1)}");
        w.WriteLine();
    }

    private static void WriteRecallByKind(EvaluationReport r, TextWriter w)
    {
        w.WriteLine("Recall by kind of link (a truth pair is recalled when any alert links it):");
        if (r.RecallByKind.Count == 0)
        {
            w.WriteLine("  (no truth pairs)");
        }
        else
        {
            w.WriteLine($"  {"kind",-14} {"pairs",8} {"recalled",9} {"recall",8}");
            foreach (var kind in r.RecallByKind)
            {
                w.WriteLine($"  {kind.Kind,-14} {kind.Pairs,8} {kind.Recalled,9} {Figure(kind.Recall),8}");
            }
        }

        w.WriteLine();
    }

    private static void WriteMisses(EvaluationReport r, TextWriter w)
    {
        w.WriteLine($"Misses (truth pairs without an alert): {r.FalseNegatives}, of which {r.MissesAlertedElsewhere} alerted to another investigation instead.");
        if (r.WorstMisses.Count > 0)
        {
            w.WriteLine($"Worst misses ({r.WorstMisses.Count} of {r.FalseNegatives}; most kinds of link first, then person links, then wrong links):");
            foreach (var miss in r.WorstMisses)
            {
                var subjects = miss.SubjectRefs.Count > 0 ? $"  subject {string.Join(", ", miss.SubjectRefs)}" : string.Empty;
                w.WriteLine($"  {miss.Pair}  [{string.Join(", ", miss.Kinds)}]{subjects}");
                foreach (var other in miss.AlertedElsewhere)
                {
                    w.WriteLine($"      alerted instead to {other.InvestigationRef} (subject {other.SubjectRef}, {other.RuleId} {Score(other.Score)}): {other.Explanation}");
                }
            }
        }

        w.WriteLine();
    }

    private static void WriteFalseAlerts(EvaluationReport r, TextWriter w)
    {
        var byRule = r.FalseAlertsByRule.Count == 0
            ? string.Empty
            : "; by rule: " + string.Join(", ", r.FalseAlertsByRule.Select(x => $"{x.RuleId} {x.Pairs}"));
        w.WriteLine($"False alerts (alerted pairs not in the truth): {r.FalsePositives}{byRule}.");
        if (r.WorstFalseAlerts.Count == 0)
        {
            return;
        }

        w.WriteLine($"Worst false alerts ({r.WorstFalseAlerts.Count} of {r.FalsePositives}; highest score first):");
        foreach (var alert in r.WorstFalseAlerts)
        {
            var best = alert.Best;
            var more = alert.AlertCount > 1 ? $"  ({alert.AlertCount} alerts)" : string.Empty;
            w.WriteLine($"  {Score(best.Score),7}  {alert.Pair}  {best.RuleId}  subject {best.SubjectRef}  on {best.MatchedOn}{more}");
            w.WriteLine($"      {best.Explanation}");
            w.WriteLine(alert.TruthInvestigations.Count > 0
                ? $"      the truth links this record to {string.Join(", ", alert.TruthInvestigations)}"
                : "      the truth links this record to no investigation");
        }
    }

    private static string Figure(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
