using ScanService.Core.Tests.Support;
using ScanService.Rules;
using ScanService.Rules.Validation;
using ScanService.Testing;

namespace ScanService.Core.Tests.Rules;

public class RulesValidatorTests
{
    private const string SamePhone = """
        id: same-phone
        description: Same phone number as a subject
        sources: [nrm-referrals, helpline-reports]
        compare:
          phone:
            exact: 10
        threshold: 10
        """;

    private const string SamePerson = """
        id: same-person
        description: Same person as a subject
        compare:
          name:
            exact: 6
          date_of_birth:
            exact: 5
        threshold: 9
        """;

    private TempFolder _rules = null!;
    private TempFolder _exports = null!;

    [SetUp]
    public void SetUp()
    {
        _rules = new TempFolder();
        _exports = new TempFolder();
    }

    [TearDown]
    public void TearDown()
    {
        _rules.Dispose();
        _exports.Dispose();
    }

    private RuleValidation Validate(bool withExports = false) => RulesValidator.Validate(_rules.Path, withExports ? _exports.Path : null);

    private RuleError Single(RuleValidation validation, string contains) => validation.Problems.ShouldHaveSingleItem($"one problem about '{contains}'") switch
    {
        var problem when problem.Message.Contains(contains) => problem,
        var problem => throw new AssertionException($"expected a problem about '{contains}', got {problem}"),
    };

    [Test]
    public void The_shipped_rules_and_mappings_are_valid_against_both_sample_nights_without_warnings()
    {
        RulesValidator.Validate(Repository.Rules, Repository.SampleExports).Problems.ShouldBeEmpty();
        RulesValidator.Validate(Repository.Rules, Repository.Path("samples", "partner-layouts")).Problems.ShouldBeEmpty();
    }

    [Test]
    public void An_unknown_key_is_located_with_a_suggestion()
    {
        _rules.Write("same-phone.yaml", SamePhone.Replace("threshold:", "thresold:"));

        var problem = Single(Validate(), "thresold");

        problem.ToString().ShouldBe("same-phone.yaml:7:1: unknown key 'thresold'; did you mean 'threshold'?");
        problem.IsWarning.ShouldBeFalse();
    }

    [Test]
    public void An_unknown_field_and_an_unknown_level_are_located_with_suggestions()
    {
        _rules.Write("same-person.yaml", SamePerson.Replace("  name:", "  nmae:").Replace("    exact: 5", "    exakt: 5"));

        var problems = Validate().Problems;

        problems.Select(p => p.ToString()).ShouldBe(
        [
            "same-person.yaml:4:3: unknown field 'nmae'; did you mean 'name'?",
            "same-person.yaml:7:5: 'date_of_birth' has no level 'exakt'; did you mean 'exact'?",
        ]);
    }

    [Test]
    public void A_weight_out_of_range_is_located_at_the_weight()
    {
        _rules.Write("same-phone.yaml", SamePhone.Replace("exact: 10", "exact: 75"));

        Single(Validate(), "out of range").ToString().ShouldBe("same-phone.yaml:6:12: weight of phone.exact 75 is out of range (-50 to 50)");
    }

    [Test]
    public void A_duplicate_rule_id_points_at_the_id_line_of_the_second_file()
    {
        _rules.Write("a-phone.yaml", SamePhone);
        _rules.Write("b-phone.yaml", "# a copy made to try a lower threshold\n\n" + SamePhone);

        Single(Validate(), "already used").ToString()
            .ShouldBe("b-phone.yaml:3:1: rule id 'same-phone' is already used by a-phone.yaml (line 1); give this rule another id");
    }

    [Test]
    public void Values_of_the_wrong_type_are_each_located()
    {
        _rules.Write("same-phone.yaml", SamePhone.Replace("threshold: 10", "threshold: high\nenabled: yes\nversion: 1.5"));

        var problems = Validate().Problems;

        problems.Select(p => p.ToString()).ShouldBe(
        [
            "same-phone.yaml:7:12: 'threshold' must be a number",
            "same-phone.yaml:8:10: 'enabled' must be true or false",
            "same-phone.yaml:9:10: 'version' must be a whole number",
        ]);
    }

    [Test]
    public void A_yaml_tag_and_an_oversized_file_are_refused()
    {
        _rules.Write("same-phone.yaml", SamePhone.Replace("description: Same", "description: !!binary Same"));
        _rules.Write("huge.yaml", "# " + new string('x', RuleFileReader.MaxFileBytes));

        var problems = Validate().Problems;

        problems.ShouldContain(p => p.File == "same-phone.yaml" && p.Line == 2 && p.Column == 14 && p.Message == "YAML tags such as '!!binary' are not allowed in rule files");
        problems.ShouldContain(p => p.File == "huge.yaml" && p.Line == 1 && p.Message.EndsWith($"rule files are limited to {RuleFileReader.MaxFileBytes} bytes"));
    }

    [Test]
    public void Rule_and_mapping_problems_are_reported_in_one_pass()
    {
        _rules.Write("same-phone.yaml", SamePhone.Replace("threshold:", "thresold:"));
        Directory.CreateDirectory(Path.Combine(_rules.Path, "mappings"));
        _rules.Write(Path.Combine("mappings", "nrm-referrals.yaml"), "delimeter: semicolon\ncolumns:\n  record_id: Ref\n  phone: Tel\n");

        var problems = Validate().Problems.Select(p => p.ToString()).ToList();

        problems.ShouldBe(
        [
            "mappings/nrm-referrals.yaml:1:1: unknown key 'delimeter'; did you mean 'delimiter'?",
            "same-phone.yaml:7:1: unknown key 'thresold'; did you mean 'threshold'?",
        ]);
    }

    [Test]
    public void A_compared_field_that_no_source_provides_is_a_warning_at_the_rules_field()
    {
        _rules.Write("same-phone.yaml", SamePhone);
        _exports.Write("nrm-referrals.csv", "record_id,forename,surname,date_of_birth\n");
        _exports.Write("helpline-reports.csv", "record_id,full_name\n");

        var validation = Validate(withExports: true);

        var problem = Single(validation, "compares 'phone'");
        (problem.File, problem.Line, problem.Column, problem.IsWarning).ShouldBe(("same-phone.yaml", 5, 3, true));
        problem.ToString().ShouldStartWith("same-phone.yaml:5:3: warning: rule 'same-phone' compares 'phone', but no source it applies to provides it");
        validation.IsValid.ShouldBeTrue();
    }

    [Test]
    public void A_field_provided_only_by_a_source_outside_the_rules_sources_still_warns()
    {
        _rules.Write("same-phone.yaml", SamePhone);
        _exports.Write("nrm-referrals.csv", "record_id,full_name\n");
        _exports.Write("helpline-reports.csv", "record_id,full_name\n");
        _exports.Write("benefit-claims.csv", "record_id,full_name,phone\n");

        Single(Validate(withExports: true), "compares 'phone'").Line.ShouldBe(5);
    }

    [Test]
    public void A_mapping_that_provides_the_field_satisfies_the_rule()
    {
        _rules.Write("same-phone.yaml", SamePhone);
        Directory.CreateDirectory(Path.Combine(_rules.Path, "mappings"));
        _rules.Write(Path.Combine("mappings", "nrm-referrals.yaml"), "columns:\n  record_id: Ref\n  phone: Contact number\n");
        _exports.Write("nrm-referrals.csv", "Ref,Contact number\n");
        _exports.Write("helpline-reports.csv", "record_id,full_name\n");

        Validate(withExports: true).Problems.ShouldBeEmpty();
    }

    [Test]
    public void A_source_the_exports_do_not_have_is_a_warning_at_its_name_with_a_suggestion()
    {
        _rules.Write("same-phone.yaml", SamePhone.Replace("helpline-reports]", "helpline-report]"));
        _exports.Write("nrm-referrals.csv", "record_id,phone\n");
        _exports.Write("helpline-reports.csv", "record_id,phone\n");

        var problem = Single(Validate(withExports: true), "helpline-report'");

        problem.ToString().ShouldBe($"same-phone.yaml:3:26: warning: source 'helpline-report' is not among the exports in {_exports.Path}; did you mean 'helpline-reports'?");
    }

    [Test]
    public void A_mapping_column_missing_from_its_export_is_an_error_at_the_mappings_line()
    {
        _rules.Write("same-person.yaml", SamePerson);
        Directory.CreateDirectory(Path.Combine(_rules.Path, "mappings"));
        _rules.Write(Path.Combine("mappings", "nrm-casework.yaml"), "columns:\n  record_id: NRM Ref\n  surname: Family nmae\n  date_of_birth: DOB\n");
        _exports.Write("nrm-casework.csv", "NRM Ref,Family name,DOB\n");

        var validation = Validate(withExports: true);

        Single(validation, "Family nmae").ToString()
            .ShouldBe("mappings/nrm-casework.yaml:3:12: column 'Family nmae' (for surname) is not in the header of nrm-casework.csv (line 1); did you mean 'Family name'?");
        validation.IsValid.ShouldBeFalse();
    }

    [Test]
    public void An_export_in_no_known_layout_is_a_warning_suggesting_a_mapping()
    {
        _rules.Write("same-person.yaml", SamePerson);
        _exports.Write("partner.csv", "Ref,Name,Born\n");
        _exports.Write("nrm-referrals.csv", "record_id,full_name,date_of_birth\n");

        var problem = Single(Validate(withExports: true), "standard export format");

        (problem.File, problem.Line, problem.IsWarning).ShouldBe(("partner.csv", 1, true));
        problem.Message.ShouldContain("add mappings/partner.yaml");
    }
}
