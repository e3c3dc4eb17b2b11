using ScanService.Model;
using ScanService.Storage.Rows;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

public sealed class NightAlertsTests
{
    private static readonly DateOnly Night = new(2024, 3, 1);

    [Test]
    public void Each_alert_written_goes_back_to_its_place_in_alert_order_with_its_own_fingerprint()
    {
        LinkAlert[] alerts =
        [
            TestAlerts.Link("REC-3", investigationRef: "INV-002"), TestAlerts.Link("REC-1", investigationRef: "INV-002"),
            TestAlerts.Link("REC-2", source: "benefit-claims"), TestAlerts.Link("REC-1", ruleId: "a-rule-first"),
            TestAlerts.Link("REC-1") with { Explanation = "name: +4.5 (fuzzy) · total 9.5 ≥ 9.0" },
        ];

        var night = NightAlerts.Of(7, Night, "rules-v1", alerts);

        var inAlertOrder = alerts.OrderBy(a => a.InvestigationRef, StringComparer.Ordinal).ThenBy(a => a.SubjectRef, StringComparer.Ordinal)
            .ThenBy(a => a.Source, StringComparer.Ordinal).ThenBy(a => a.RecordId, StringComparer.Ordinal)
            .ThenBy(a => a.RuleId, StringComparer.Ordinal).ToArray();
        night.Alerts.ShouldBe(WriteOrder.Alerts(alerts).Alerts);
        Enumerable.Range(0, night.Count).Select(i => night.PositionOf(i)).ShouldBe(Enumerable.Range(0, alerts.Length), ignoreOrder: true);
        for (var i = 0; i < night.Count; i++)
        {
            inAlertOrder[night.PositionOf(i)].ShouldBeSameAs(night.Alerts[i]);
            night.Fingerprints[i].ShouldBe(EvidenceFingerprint.Of(night.Alerts[i]));
        }

        night.Fingerprints.Distinct().Count().ShouldBe(3);
        (night.RunId, night.RunDate, night.RuleSetHash).ShouldBe((7L, Night, "rules-v1"));
    }

    [Test]
    public void Alerts_already_in_alert_order_are_taken_as_they_are_and_others_are_sorted_into_a_copy()
    {
        var sorted = TestAlerts.Many(40).Order(Comparer<LinkAlert>.Create(LinkAlertOrder.Compare)).ToArray();
        var shuffled = sorted.Reverse().ToArray();

        AlertOrder.Of(sorted).ShouldBeSameAs(sorted);
        var resorted = AlertOrder.Of(shuffled);
        resorted.ShouldNotBeSameAs(shuffled);
        resorted.ShouldBe(sorted);
        shuffled.ShouldBe(sorted.Reverse());
    }
}
