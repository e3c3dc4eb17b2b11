using ScanService.Model;
using ScanService.Storage.Rows;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

public sealed class WriteOrderTests
{
    private static readonly DateOnly Night = new(2026, 11, 23);

    [Test]
    public void History_is_written_record_by_record_in_source_and_record_id_order_with_each_records_keys_kept_together()
    {
        RecordKey[] keys =
        [
            Key("nrm-referrals", "N-9", RecordKeyKind.Record), Key("nrm-referrals", "N-9", RecordKeyKind.Phone),
            Key("benefit-claims", "B-5", RecordKeyKind.Record),
            Key("nrm-referrals", "N-1", RecordKeyKind.Record), Key("nrm-referrals", "N-1", RecordKeyKind.Premises),
            Key("nrm-referrals", "N-1", RecordKeyKind.Phone),
            Key("benefit-claims", "B-0", RecordKeyKind.Record),
        ];

        var ordered = WriteOrder.History(keys);

        ordered.Select(k => $"{k.Source}/{k.RecordId}/{k.Kind}").ShouldBe(
        [
            "benefit-claims/B-0/Record", "benefit-claims/B-5/Record",
            "nrm-referrals/N-1/Record", "nrm-referrals/N-1/Premises", "nrm-referrals/N-1/Phone",
            "nrm-referrals/N-9/Record", "nrm-referrals/N-9/Phone",
        ]);
    }

    [Test]
    public void Alerts_are_written_in_link_order_and_none_is_lost()
    {
        LinkAlert[] alerts =
        [
            TestAlerts.Link("REC-3"), TestAlerts.Link("REC-1"), TestAlerts.Link("REC-2") with { Source = "benefit-claims" },
            TestAlerts.Link("REC-1") with { RuleId = "a-rule-first" },
        ];

        var (ordered, positions) = WriteOrder.Alerts(alerts);

        ordered.Select(a => $"{a.Source}/{a.RecordId}/{a.RuleId}").ShouldBe(
        [
            "benefit-claims/REC-2/" + alerts[2].RuleId,
            "nrm-referrals/REC-1/a-rule-first",
            "nrm-referrals/REC-1/" + alerts[1].RuleId,
            "nrm-referrals/REC-3/" + alerts[0].RuleId,
        ]);
        ordered.ShouldBe(alerts, ignoreOrder: true);
        positions.ShouldBe([2, 3, 1, 0]);
    }

    private static RecordKey Key(string source, string recordId, RecordKeyKind kind) =>
        new(Night, source, recordId, Night, "person-" + recordId, kind, kind + "-" + recordId, "masked");
}
