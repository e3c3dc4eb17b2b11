using ScanService.Core.Tests.Support;
using ScanService.Match;
using ScanService.Model;
using ScanService.Rules;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Rules;

public class RuleScaleTests
{
    private const string ScaledRule = """
        id: same-person
        kind: link
        description: Same person
        severity: high
        compare:
          name:
            exact: 6
          date_of_birth:
            exact: 5
            year_only: 4
        scale:
          reference_subjects: 1
          per_doubling:
            date_of_birth:
              year_only: -1
        threshold: 9
        """;

    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private RuleSet Load(string yaml)
    {
        _folder.Write("same-person.yaml", yaml);
        return RuleSetLoader.Load(_folder.Path);
    }

    [Test]
    public void Only_the_named_level_changes_and_only_above_the_reference()
    {
        var rule = Load(ScaledRule).Rules.ShouldHaveSingleItem();

        rule.ForSubjects(1).ShouldBeSameAs(rule);
        var atFour = rule.ForSubjects(4).Comparisons.Single(c => c.Field == "date_of_birth");
        atFour.WeightOf("year_only").ShouldBe(2);
        atFour.WeightOf("exact").ShouldBe(5);
        rule.ForSubjects(4).Comparisons.Single(c => c.Field == "name").WeightOf("exact").ShouldBe(6);
    }

    [Test]
    public void A_name_and_birth_year_that_link_among_few_subjects_do_not_among_many_and_the_explanation_says_why()
    {
        var rules = Load(ScaledRule);
        var record = Record(name: Name("tesfay", "haile"), dob: DateOfBirth.YearOnly(1990));
        var subject = Subject("S1", name: Name("tesfay", "haile"), dob: new DateOfBirth(1990, 1, 1));
        Subject Other(int i) => Subject($"S{i}", name: Name("lan", "tran"), dob: new DateOfBirth(1970 + i, 5, 5));

        var alone = new MatchEngine(rules, [subject]).Match([record]).ShouldHaveSingleItem();
        alone.Explanation.ShouldNotContain("weighed for");
        new MatchEngine(rules, [subject, Other(2)]).Match([record]).ShouldHaveSingleItem()
            .Explanation.ShouldContain("date_of_birth: +3.0 (year only weighed for 2 subjects)");
        new MatchEngine(rules, [subject, Other(2), Other(3), Other(4)]).Match([record]).ShouldBeEmpty();
    }

    [Test]
    public void A_scale_naming_a_field_or_level_the_rule_does_not_weigh_is_located_with_a_suggestion()
    {
        _folder.Write("same-person.yaml", ScaledRule.Replace("    date_of_birth:\n      year_only: -1", "    date_of_brith:\n      year_only: -1\n    name:\n      exakt: -1"));

        var errors = RuleSetLoader.Read(_folder.Path).Errors;

        errors.ShouldContain(e => e.Line == 14 && e.Column == 5 && e.Message.Contains("'date_of_brith', which this rule does not compare") && e.Message.Contains("date_of_birth"));
        errors.ShouldContain(e => e.Line == 17 && e.Column == 7 && e.Message.Contains("level 'exakt' of 'name'") && e.Message.Contains("'exact'"));
    }

    [Test]
    public void A_scale_without_its_reference_or_with_a_step_out_of_range_is_an_error()
    {
        var errors = RuleSetLoader.Read(Write(ScaledRule.Replace("  reference_subjects: 1\n", "").Replace("year_only: -1", "year_only: -9"))).Errors;

        errors.ShouldContain(e => e.Message.Contains("missing required key 'reference_subjects'"));
        errors.ShouldContain(e => e.Line == 14 && e.Message.Contains("out of range"));
    }

    private string Write(string yaml)
    {
        _folder.Write("same-person.yaml", yaml);
        return _folder.Path;
    }
}
