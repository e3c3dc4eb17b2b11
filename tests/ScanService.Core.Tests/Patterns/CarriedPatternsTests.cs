using ScanService.Model;
using ScanService.Patterns;
using ScanService.Rules;

namespace ScanService.Core.Tests.Patterns;

public sealed class CarriedPatternsTests
{
    private static readonly DateOnly Night = new(2026, 11, 23);

    private static readonly PatternRule Month = new(
        "month", 1, "test", "high", Enabled: true, Owner: null, Sources: null, PatternRule.ByPhone,
        MinPeople: 2, MinSources: 1, WindowDays: 30, "month.yaml");

    private static readonly PatternRule Week = Month with { Id = "week", WindowDays = 7, FileName = "week.yaml" };

    private static readonly string ValueA = new('a', KeyToken.DigestLength);
    private static readonly string ValueB = new('b', KeyToken.DigestLength);

    [Test]
    public void A_pattern_whose_window_keeps_every_member_and_no_value_given_tonight_is_carried_and_its_keys_not_read()
    {
        var nightBefore = new[] { Alert(Month, ValueA, earliest: Night.AddDays(-29)), Alert(Month, ValueB, earliest: Night.AddDays(-30)) };

        var carried = CarriedPatterns.Of(Night, [Month], [], nightBefore);

        carried.Unchanged.ShouldBe([nightBefore[0]]);
        carried.ValuesToRead.ToList().ShouldBe([KeyToken.Of(ValueB)], "B's earliest member has left the window: worked out again");
    }

    [Test]
    public void A_value_given_tonight_an_alert_kept_without_its_earliest_day_or_of_a_rule_no_longer_enabled_is_worked_out_again()
    {
        var nightBefore = new[]
        {
            Alert(Month, ValueA, earliest: Night.AddDays(-1)),
            Alert(Week, ValueB, earliest: null),
            Alert(Month with { Id = "gone" }, ValueB, earliest: Night),
        };
        RecordKey[] tonight = [new(Night, "s", "R1", Night, "p1", RecordKeyKind.Phone, ValueA, "phone …1")];

        var carried = CarriedPatterns.Of(Night, [Month, Week], tonight, nightBefore);

        carried.Unchanged.ShouldBeEmpty();
        carried.ValuesToRead.ToList().ShouldBe([KeyToken.Of(ValueA), KeyToken.Of(ValueB)], ignoreOrder: true);
    }

    [Test]
    public void A_pattern_carried_under_one_rule_and_found_again_under_another_is_given_once_for_each_in_order()
    {
        var carriedAlert = Alert(Week, ValueA, earliest: Night.AddDays(-2));
        var carried = CarriedPatterns.Of(Night, [Month, Week], [], [carriedAlert, Alert(Month, ValueA, earliest: Night.AddDays(-40))]);
        carried.Unchanged.ShouldBe([carriedAlert]);

        var tonight = carried.With([Alert(Month, ValueA, Night.AddDays(-29), "found"), Alert(Week, ValueA, Night.AddDays(-2), "found again")]);

        tonight.Select(a => (a.RuleId, a.Explanation)).ShouldBe([("month", "found"), ("week", "carried")]);
    }

    private static PatternAlert Alert(PatternRule rule, string value, DateOnly? earliest, string explanation = "carried") =>
        new(rule.Id, rule.Version, value, "phone …1", ["s/R1", "s/R2"], 2, explanation)
        {
            EarliestDay = earliest,
        };
}
