using ScanService.Testing;
using ScanService.Core.Tests.Support;
using ScanService.Rules;

namespace ScanService.Core.Tests.Rules;

public class RuleSetLoaderTests
{
    private const string ValidRule = """
        id: same-phone
        kind: link
        description: Same phone number as a subject
        severity: high
        compare:
          phone:
            exact: 10
        threshold: 10
        """;

    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private IReadOnlyList<RuleError> ErrorsOf(string yaml, string fileName = "rule.yaml")
    {
        _folder.Write(fileName, yaml);
        return RuleSetLoader.Read(_folder.Path).Errors;
    }

    [Test]
    public void A_valid_rule_loads_with_its_weights_and_threshold()
    {
        _folder.Write("same-phone.yaml", ValidRule);

        var rule = RuleSetLoader.Load(_folder.Path).Rules.ShouldHaveSingleItem();

        rule.Id.ShouldBe("same-phone");
        rule.Threshold.ShouldBe(10);
        rule.Enabled.ShouldBeTrue();
        rule.Sources.ShouldBeNull();
        rule.Comparisons.ShouldHaveSingleItem().WeightOf("exact").ShouldBe(10);
    }

    [Test]
    public void A_misspelt_key_is_reported_at_its_line_and_column_with_a_suggestion()
    {
        var error = ErrorsOf(ValidRule.Replace("threshold: 10", "thresold: 10")).First(e => e.Message.Contains("thresold"));

        error.ToString().ShouldBe("rule.yaml:8:1: unknown key 'thresold'; did you mean 'threshold'?");
    }

    [Test]
    public void An_unknown_field_and_an_unknown_level_are_each_located()
    {
        var errors = ErrorsOf(ValidRule.Replace("  phone:\n    exact: 10", "  phnoe:\n    exact: 10\n  name:\n    exakt: 3"));

        errors.ShouldContain(e => e.Line == 6 && e.Column == 3 && e.Message.Contains("unknown field 'phnoe'") && e.Message.Contains("'phone'"));
        errors.ShouldContain(e => e.Line == 9 && e.Column == 5 && e.Message.Contains("no level 'exakt'") && e.Message.Contains("'exact'"));
    }

    [Test]
    public void A_weight_out_of_range_is_refused()
    {
        var error = ErrorsOf(ValidRule.Replace("exact: 10", "exact: 500")).ShouldHaveSingleItem();

        (error.Line, error.Column).ShouldBe((7, 12));
        error.Message.ShouldContain("out of range");
    }

    [Test]
    public void Every_problem_is_reported_in_one_pass()
    {
        var errors = ErrorsOf("id: Bad Id\nkind: lnk\nseverity: urgent\ncompare:\n  phone:\n    exact: ten\n");

        errors.Count.ShouldBeGreaterThanOrEqualTo(5);
        errors.ShouldContain(e => e.Message.Contains("rule id"));
        errors.ShouldContain(e => e.Message.Contains("unknown kind 'lnk'"));
        errors.ShouldContain(e => e.Message.Contains("severity 'urgent'"));
        errors.ShouldContain(e => e.Message.Contains("must be a number"));
        errors.ShouldContain(e => e.Message.Contains("missing required key 'threshold'"));
    }

    [Test]
    public void Two_files_with_the_same_rule_id_are_an_error()
    {
        _folder.Write("a.yaml", ValidRule);
        _folder.Write("b.yaml", ValidRule);

        var error = RuleSetLoader.Read(_folder.Path).Errors.ShouldHaveSingleItem();
        error.File.ShouldBe("b.yaml");
        error.Message.ShouldContain("same-phone");
    }

    [Test]
    public void Yaml_tags_are_refused_so_a_rule_file_cannot_ask_for_objects()
    {
        var errors = ErrorsOf(ValidRule.Replace("description: Same phone number as a subject", "description: !!python/object:os.system echo"));

        errors.ShouldContain(e => e.Line == 3 && e.Message.Contains("tags"));
    }

    [Test]
    public void Broken_yaml_is_reported_at_the_place_the_parser_stopped()
    {
        var error = ErrorsOf("id: x\ncompare: [phone\n").ShouldHaveSingleItem();

        error.Message.ShouldStartWith("not valid YAML");
        error.Line.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Test]
    public void Loading_a_set_with_errors_throws_with_every_error_in_the_message()
    {
        _folder.Write("rule.yaml", ValidRule.Replace("threshold: 10", "thresold: 10"));

        var ex = Should.Throw<RuleSetException>(() => RuleSetLoader.Load(_folder.Path));
        ex.Message.ShouldContain("rule.yaml:8:1");
    }

    [Test]
    public void The_hash_changes_when_a_rule_file_changes()
    {
        _folder.Write("same-phone.yaml", ValidRule);
        var before = RuleSetLoader.Load(_folder.Path).Hash;
        _folder.Write("same-phone.yaml", ValidRule.Replace("threshold: 10", "threshold: 9"));

        RuleSetLoader.Load(_folder.Path).Hash.ShouldNotBe(before);
    }

    [Test]
    public void The_shipped_rules_load_without_errors()
    {
        var directory = Repository.Path("scan-rules");

        var rules = RuleSetLoader.Load(directory).Rules;

        rules.Select(r => r.Id).ShouldBe(["same-person", "same-phone", "same-premises"]);
    }

    [Test]
    public void Rarity_is_read_per_field_and_refused_for_a_field_the_rule_does_not_compare()
    {
        _folder.Write("same-phone.yaml", ValidRule.Replace("threshold: 10", "rarity:\n  name: 3\n  phnoe: 2\nthreshold: 10"));

        var errors = RuleSetLoader.Read(_folder.Path).Errors;

        errors.ShouldContain(e => e.Line == 9 && e.Message.Contains("'name', which this rule does not compare"));
        errors.ShouldContain(e => e.Line == 10 && e.Message.Contains("rarity cannot be applied to 'phnoe'"));
    }

    private const string PersonRule = """
        id: same-person
        kind: link
        description: Same person
        severity: high
        compare:
          name:
            exact: 6
        threshold: 9
        """;

    [Test]
    public void Rarity_may_give_one_limit_for_both_ways_or_separate_limits_for_rare_and_common_names()
    {
        _folder.Write("both.yaml", PersonRule.Replace("threshold: 9", "rarity:\n  name: 2\nthreshold: 9"));
        _folder.Write("sides.yaml", PersonRule.Replace("id: same-person", "id: same-person-sides")
            .Replace("threshold: 9", "rarity:\n  name:\n    rare: 2\n    common: 0.5\nthreshold: 9"));
        _folder.Write("rare-only.yaml", PersonRule.Replace("id: same-person", "id: same-person-rare")
            .Replace("threshold: 9", "rarity:\n  name: {rare: 1.5}\nthreshold: 9"));

        var rules = RuleSetLoader.Load(_folder.Path).Rules.ToDictionary(r => r.Id);

        rules["same-person"].RarityOf("name").ShouldBe(new RarityLimit(2, 2));
        rules["same-person-sides"].RarityOf("name").ShouldBe(new RarityLimit(2, 0.5));
        rules["same-person-rare"].RarityOf("name").ShouldBe(new RarityLimit(1.5, 0));
    }

    [Test]
    public void A_misspelt_or_empty_rarity_side_is_reported_where_it_is_written()
    {
        var errors = ErrorsOf(PersonRule.Replace("threshold: 9", "rarity:\n  name:\n    rare: 2\n    comon: 0.5\nthreshold: 9"));
        var empty = ErrorsOf(PersonRule.Replace("threshold: 9", "rarity:\n  name: {}\nthreshold: 9"));
        var negative = ErrorsOf(PersonRule.Replace("threshold: 9", "rarity:\n  name: {common: -1}\nthreshold: 9"));

        errors.ShouldContain(e => e.Line == 11 && e.Column == 5 && e.Message.Contains("unknown key 'comon'") && e.Message.Contains("common"));
        empty.ShouldContain(e => e.Line == 9 && e.Message.Contains("must give 'rare'"));
        negative.ShouldContain(e => e.Line == 9 && e.Message.Contains("'common' in the rarity of name"));
    }
}
