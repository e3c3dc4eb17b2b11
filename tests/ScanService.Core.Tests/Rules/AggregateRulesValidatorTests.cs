using ScanService.Core.Tests.Support;
using ScanService.Rules;
using ScanService.Rules.Validation;

namespace ScanService.Core.Tests.Rules;

/// <summary><c>scan rules validate</c> on the pattern and compliance kinds: each error class located and explained.</summary>
public class AggregateRulesValidatorTests
{
    private const string Crowded = """
        id: crowded-address
        kind: pattern
        description: Five or more people at one address
        group_by: premises
        min_people: 5
        min_sources: 2
        window_days: 30
        """;

    private const string NrmWithoutCrime = """
        id: nrm-without-crime
        kind: compliance
        description: NRM referral not recorded as a crime within 24 hours
        sources: [nrm-referrals]
        requires_source: crime-records
        reference_column: nrm_reference
        within_hours: 24
        """;

    private TempFolder _rules = null!;

    [SetUp]
    public void SetUp() => _rules = new TempFolder();

    [TearDown]
    public void TearDown() => _rules.Dispose();

    private string[] Problems(string file, string text)
    {
        _rules.Write(file, text);
        return [.. RulesValidator.Validate(_rules.Path).Problems.Select(p => p.ToString())];
    }

    [Test]
    public void Valid_pattern_and_compliance_rules_are_read_with_their_settings()
    {
        _rules.Write("crowded-address.yaml", Crowded);
        _rules.Write("nrm-without-crime.yaml", NrmWithoutCrime);

        var rules = RuleSetLoader.Load(_rules.Path);

        rules.Rules.ShouldBeEmpty();
        rules.Patterns.ShouldHaveSingleItem().ShouldBe(new PatternRule("crowded-address", 1, "Five or more people at one address", "medium",
            true, null, null, "premises", 5, 2, 30, "crowded-address.yaml") { Positions = rules.Patterns[0].Positions });
        var compliance = rules.Compliance.ShouldHaveSingleItem();
        (compliance.RequiredSource, compliance.ReferenceColumn, compliance.WithinHours).ShouldBe(("crime-records", "nrm_reference", 24));
        compliance.Sources.ShouldBe(["nrm-referrals"]);
    }

    [Test]
    public void A_misspelt_kind_is_located_with_a_suggestion()
    {
        Problems("crowded-address.yaml", Crowded.Replace("kind: pattern", "kind: patern"))
            .ShouldBe(["crowded-address.yaml:2:7: unknown kind 'patern'; did you mean 'pattern'?"]);
    }

    [Test]
    public void An_unknown_pattern_key_and_grouping_are_located_with_suggestions()
    {
        Problems("crowded-address.yaml", Crowded.Replace("group_by: premises", "group_by: premisses").Replace("min_sources:", "min_source:"))
            .ShouldBe(
            [
                "crowded-address.yaml:4:11: cannot group by 'premisses'; did you mean 'premises'?",
                "crowded-address.yaml:6:1: unknown key 'min_source'; did you mean 'min_sources'?",
            ]);
    }

    [Test]
    public void Pattern_numbers_out_of_range_are_located_at_the_value()
    {
        Problems("crowded-address.yaml", Crowded.Replace("min_people: 5", "min_people: 1").Replace("window_days: 30", "window_days: 400"))
            .ShouldBe(
            [
                "crowded-address.yaml:5:13: 'min_people' 1 is out of range (2 to 1000)",
                "crowded-address.yaml:7:14: 'window_days' 400 is out of range (1 to 366)",
            ]);
    }

    [Test]
    public void A_missing_required_pattern_key_points_at_the_rule()
    {
        Problems("crowded-address.yaml", Crowded.Replace("window_days: 30\n", "").Replace("window_days: 30", ""))
            .ShouldBe(["crowded-address.yaml:1:1: missing required key 'window_days'"]);
    }

    [Test]
    public void A_compliance_rule_over_all_sources_or_following_itself_up_is_refused()
    {
        Problems("nrm-without-crime.yaml", NrmWithoutCrime.Replace("sources: [nrm-referrals]", "sources: all"))
            .ShouldBe(["nrm-without-crime.yaml:4:10: a compliance rule needs a list of the sources whose records must be followed up, not 'all'"]);
        Problems("nrm-without-crime.yaml", NrmWithoutCrime.Replace("sources: [nrm-referrals]", "sources: [nrm-referrals, crime-records]"))
            .ShouldBe(["nrm-without-crime.yaml:5:18: requires_source 'crime-records' is also one of the rule's sources; a record cannot follow itself up"]);
    }

    [Test]
    public void A_bad_reference_column_and_hours_out_of_range_are_located()
    {
        Problems("nrm-without-crime.yaml", NrmWithoutCrime.Replace("nrm_reference", "NRM Ref").Replace("within_hours: 24", "within_hours: 0"))
            .ShouldBe(
            [
                "nrm-without-crime.yaml:6:19: reference_column 'NRM Ref' must be a column name: lower-case letters, digits and underscores",
                "nrm-without-crime.yaml:7:15: 'within_hours' 0 is out of range (1 to 720)",
            ]);
    }

    [Test]
    public void A_link_key_in_a_pattern_rule_is_an_unknown_key()
    {
        Problems("crowded-address.yaml", Crowded + "\nthreshold: 10")
            .ShouldBe(["crowded-address.yaml:8:1: unknown key 'threshold'; expected one of: id, kind, version, description, severity, enabled, owner, sources, group_by, min_people, min_sources, window_days"]);
    }

    [Test]
    public void A_compliance_rule_whose_follow_up_source_is_not_delivered_is_warned_about_against_a_night()
    {
        using var exports = new TempFolder();
        exports.Write("nrm-referrals.csv", "record_id,forename,surname\n");
        exports.Write("crime-record.csv", "record_id,forename,surname,nrm_reference\n");
        _rules.Write("nrm-without-crime.yaml", NrmWithoutCrime);

        var problem = RulesValidator.Validate(_rules.Path, exports.Path).Problems.ShouldHaveSingleItem();

        problem.IsWarning.ShouldBeTrue();
        problem.ToString().ShouldStartWith("nrm-without-crime.yaml:1:1: warning: source 'crime-records' is not among the exports in ");
        problem.Message.ShouldContain("every record of nrm-referrals will be overdue");
        problem.Message.ShouldEndWith("did you mean 'crime-record'?");
    }
}
