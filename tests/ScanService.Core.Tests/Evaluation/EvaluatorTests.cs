using ScanService.Evaluation;
using ScanService.Model;

namespace ScanService.Core.Tests.Evaluation;

public class EvaluatorTests
{
    private static TruthRow Truth(string record, string investigation, string kind = LinkKinds.Person, string source = "nrm") =>
        new(new LinkPair(source, record, investigation), kind, null, 2);

    private static LinkAlert Alert(string record, string investigation, double score = 10, string rule = "same-person", string subject = "SUB-1", string source = "nrm") => new()
    {
        Source = source,
        RecordId = record,
        InvestigationRef = investigation,
        SubjectRef = subject,
        RuleId = rule,
        Score = score,
        MatchedOn = "name+date_of_birth",
        Explanation = $"total {score} ≥ 9",
        RecordMasked = "A.B. 1990",
    };

    [Test]
    public void A_run_that_alerts_exactly_the_truth_scores_one_everywhere()
    {
        var report = Evaluator.Evaluate([Truth("R1", "INV-1"), Truth("R2", "INV-2")], [Alert("R1", "INV-1"), Alert("R2", "INV-2")]);

        (report.TruePositives, report.FalsePositives, report.FalseNegatives).ShouldBe((2, 0, 0));
        (report.Precision, report.Recall, report.F1).ShouldBe((1.0, 1.0, 1.0));
        report.WorstMisses.ShouldBeEmpty();
        report.WorstFalseAlerts.ShouldBeEmpty();
    }

    [Test]
    public void One_missed_pair_lowers_recall_only_and_is_listed_with_its_kinds()
    {
        var report = Evaluator.Evaluate([Truth("R1", "INV-1"), Truth("R2", "INV-2", LinkKinds.Phone)], [Alert("R1", "INV-1")]);

        (report.TruePositives, report.FalsePositives, report.FalseNegatives).ShouldBe((1, 0, 1));
        report.Precision.ShouldBe(1.0);
        report.Recall.ShouldBe(0.5);
        report.F1.ShouldBe(2 * 0.5 / 1.5, tolerance: 1e-12);
        var miss = report.WorstMisses.ShouldHaveSingleItem();
        miss.Pair.ShouldBe(new LinkPair("nrm", "R2", "INV-2"));
        miss.Kinds.ShouldBe([LinkKinds.Phone]);
        miss.AlertedElsewhere.ShouldBeEmpty();
    }

    [Test]
    public void A_miss_whose_record_was_alerted_for_another_investigation_says_where()
    {
        var report = Evaluator.Evaluate([Truth("R1", "INV-1")], [Alert("R1", "INV-9", score: 9.5, subject: "SUB-9")]);

        var elsewhere = report.WorstMisses.ShouldHaveSingleItem().AlertedElsewhere.ShouldHaveSingleItem();
        (elsewhere.InvestigationRef, elsewhere.SubjectRef, elsewhere.Score).ShouldBe(("INV-9", "SUB-9", 9.5));
        report.MissesAlertedElsewhere.ShouldBe(1);
        report.WorstFalseAlerts.ShouldHaveSingleItem().TruthInvestigations.ShouldBe(["INV-1"]);
    }

    [Test]
    public void One_false_alert_lowers_precision_only_and_is_listed_with_rule_score_and_explanation()
    {
        var report = Evaluator.Evaluate([Truth("R1", "INV-1")], [Alert("R1", "INV-1"), Alert("R7", "INV-3", score: 12.5, rule: "same-premises")]);

        (report.TruePositives, report.FalsePositives, report.FalseNegatives).ShouldBe((1, 1, 0));
        report.Precision.ShouldBe(0.5);
        report.Recall.ShouldBe(1.0);
        var alert = report.WorstFalseAlerts.ShouldHaveSingleItem();
        alert.Pair.ShouldBe(new LinkPair("nrm", "R7", "INV-3"));
        (alert.Best.RuleId, alert.Best.Score, alert.Best.Explanation).ShouldBe(("same-premises", 12.5, "total 12.5 ≥ 9"));
        alert.TruthInvestigations.ShouldBeEmpty();
        report.FalseAlertsByRule.ShouldBe([new RuleCount("same-premises", 1)]);
    }

    [Test]
    public void A_pair_named_once_per_kind_and_alerted_by_several_rules_and_subjects_counts_once()
    {
        TruthRow[] truth = [Truth("R1", "INV-1", LinkKinds.Person), Truth("R1", "INV-1", LinkKinds.Phone), Truth("R1", "INV-1", LinkKinds.Premises)];
        LinkAlert[] alerts = [Alert("R1", "INV-1"), Alert("R1", "INV-1", rule: "same-phone"), Alert("R1", "INV-1", subject: "SUB-2")];

        var report = Evaluator.Evaluate(truth, alerts);

        (report.TruthRows, report.TruthPairs, report.Alerts, report.AlertedPairs).ShouldBe((3, 1, 3, 1));
        (report.TruePositives, report.FalsePositives, report.FalseNegatives).ShouldBe((1, 0, 0));
        report.RecallByKind.Select(k => k.Kind).ShouldBe([LinkKinds.Person, LinkKinds.Phone, LinkKinds.Premises]);
        report.RecallByKind.ShouldAllBe(k => k.Pairs == 1 && k.Recalled == 1);
    }

    [Test]
    public void Recall_by_kind_counts_a_pair_recalled_when_any_rule_alerted_it()
    {
        TruthRow[] truth =
        [
            Truth("R1", "INV-1", LinkKinds.Person), Truth("R2", "INV-1", LinkKinds.Person),
            Truth("R3", "INV-2", LinkKinds.Phone), Truth("R3", "INV-2", LinkKinds.Person),
            Truth("R4", "INV-2", LinkKinds.Premises),
        ];
        LinkAlert[] alerts = [Alert("R1", "INV-1"), Alert("R3", "INV-2", rule: "same-phone"), Alert("R4", "INV-2", rule: "same-person")];

        var report = Evaluator.Evaluate(truth, alerts);

        report.RecallByKind.ShouldBe(
        [
            new KindRecall(LinkKinds.Person, 3, 2),
            new KindRecall(LinkKinds.Phone, 1, 1),
            new KindRecall(LinkKinds.Premises, 1, 1),
        ]);
        report.WorstMisses.ShouldHaveSingleItem().Pair.RecordId.ShouldBe("R2");
    }

    [Test]
    public void A_run_with_no_alerts_has_precision_one_recall_zero_and_F1_zero()
    {
        var report = Evaluator.Evaluate([Truth("R1", "INV-1"), Truth("R2", "INV-1")], Array.Empty<LinkAlert>());

        (report.Precision, report.Recall, report.F1).ShouldBe((1.0, 0.0, 0.0));
        report.FalseNegatives.ShouldBe(2);
        report.RecallByKind.ShouldBe([new KindRecall(LinkKinds.Person, 2, 0)]);
    }

    [Test]
    public void An_empty_truth_and_no_alerts_is_a_perfect_score_and_an_empty_truth_with_alerts_has_precision_zero()
    {
        var quiet = Evaluator.Evaluate([], Array.Empty<LinkAlert>());
        var noisy = Evaluator.Evaluate([], [Alert("R1", "INV-1")]);

        (quiet.Precision, quiet.Recall, quiet.F1).ShouldBe((1.0, 1.0, 1.0));
        (noisy.Precision, noisy.Recall, noisy.F1).ShouldBe((0.0, 1.0, 0.0));
    }

    [Test]
    public void Worst_misses_put_the_most_kinds_first_then_person_links_then_wrong_links_and_stop_at_top()
    {
        TruthRow[] truth =
        [
            Truth("A", "INV-1", LinkKinds.Premises),
            Truth("B", "INV-1", LinkKinds.Person),
            Truth("C", "INV-1", LinkKinds.Person),
            Truth("D", "INV-1", LinkKinds.Person), Truth("D", "INV-1", LinkKinds.Phone),
        ];

        var report = Evaluator.Evaluate(truth, [Alert("C", "INV-2")], top: 3);

        report.WorstMisses.Select(m => m.Pair.RecordId).ShouldBe(["D", "C", "B"]);
        report.FalseNegatives.ShouldBe(4);
    }

    [Test]
    public void Worst_false_alerts_are_told_by_their_highest_scoring_alert_highest_first()
    {
        LinkAlert[] alerts =
        [
            Alert("R1", "INV-1", score: 9.0), Alert("R1", "INV-1", score: 14.0, rule: "same-phone"),
            Alert("R2", "INV-1", score: 11.0),
        ];

        var report = Evaluator.Evaluate([], alerts);

        report.WorstFalseAlerts.Select(f => (f.Pair.RecordId, f.Best.Score, f.Best.RuleId, f.AlertCount))
            .ShouldBe([("R1", 14.0, "same-phone", 2), ("R2", 11.0, "same-person", 1)]);
        report.FalseAlertsByRule.ShouldBe([new RuleCount("same-person", 2), new RuleCount("same-phone", 1)]);
    }

    [Test]
    public void Pairs_differ_by_source_so_the_same_record_id_in_two_sources_is_two_pairs()
    {
        var report = Evaluator.Evaluate([Truth("R1", "INV-1", source: "nrm")], [Alert("R1", "INV-1", source: "helpline")]);

        (report.TruePositives, report.FalsePositives, report.FalseNegatives).ShouldBe((0, 1, 1));
    }
}
