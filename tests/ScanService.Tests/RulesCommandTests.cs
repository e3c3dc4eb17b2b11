using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary><c>scan rules validate</c> and <c>scan rules test</c>, through the real command line.</summary>
public class RulesCommandTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [TestCase(new[] { "rules", "validate", "--help" }, new[] { "DIR", "--exports" })]
    [TestCase(new[] { "rules", "test", "--help" }, new[] { "DIR" })]
    public async Task Help_on_each_rules_command_explains_its_arguments(string[] args, string[] expected)
    {
        var help = await ScanWorkspace.InvokeAsync(args);

        help.ExitCode.ShouldBe(0);
        foreach (var text in expected)
        {
            help.Output.ShouldContain(text);
        }
    }

    [Test]
    public async Task The_shipped_rules_validate_against_the_sample_night()
    {
        var result = await ScanWorkspace.InvokeAsync("rules", "validate", Repository.Rules, "--exports", Repository.SampleExports);

        result.ExitCode.ShouldBe(0, result.Output);
        result.Output.ShouldContain(": valid: 6 rules, 2 mappings, checked against 7 readable exports");
        result.Output.ShouldContain("0 errors, 0 warnings");
    }

    [Test]
    public async Task Every_problem_in_rules_and_mappings_is_printed_with_its_location_and_the_exit_status_is_1()
    {
        var rules = RulesFolderCopy.Create(_workspace.Root);
        RulesFolderCopy.Edit(rules, "same-phone.yaml", "threshold: 10", "thresold: 10");
        RulesFolderCopy.Edit(rules, "same-phone.yaml", "    exact: 10", "    exact: 500");
        RulesFolderCopy.Edit(rules, Path.Combine("mappings", "glaa-visits.yaml"), "encoding: windows-1252", "encoding: windows-1525");

        var result = await ScanWorkspace.InvokeAsync("rules", "validate", rules);

        result.ExitCode.ShouldBe(1);
        var lines = result.Output.Split(Environment.NewLine);
        lines.ShouldContain("mappings/glaa-visits.yaml:5:11: unknown encoding 'windows-1525'; did you mean 'windows-1252'?");
        lines.ShouldContain("same-phone.yaml:14:12: weight of phone.exact 500 is out of range (-50 to 50)");
        lines.ShouldContain("same-phone.yaml:15:1: unknown key 'thresold'; did you mean 'threshold'?");
        result.Output.ShouldContain("NOT valid");
        result.Output.ShouldContain("3 errors, 0 warnings");
    }

    [Test]
    public async Task A_rule_that_cannot_match_tonight_is_a_warning_and_the_folder_stays_valid()
    {
        var rules = RulesFolderCopy.Create(_workspace.Root);
        var exports = Path.Combine(_workspace.Root, "night");
        Directory.CreateDirectory(exports);
        File.WriteAllText(Path.Combine(exports, "nrm-referrals.csv"), "record_id,forename,surname,date_of_birth,address,postcode\n");

        var result = await ScanWorkspace.InvokeAsync("rules", "validate", rules, "--exports", exports);

        result.ExitCode.ShouldBe(0, result.Output);
        result.Output.ShouldContain("same-phone.yaml:13:3: warning: rule 'same-phone' compares 'phone', but no source it applies to provides it");
        result.Output.ShouldContain("rule 'same-person' compares 'phone', but no source it applies to provides it");
        result.Output.ShouldContain("rule 'same-person' compares 'identifier', but no source it applies to provides it");
        result.Output.ShouldContain("nrm-without-crime.yaml:6:1: warning: source 'crime-records' is not among the exports");
        result.Output.ShouldContain("0 errors, 4 warnings");
    }

    [Test]
    public async Task The_shipped_rule_tests_pass()
    {
        var result = await ScanWorkspace.InvokeAsync("rules", "test", Repository.Rules);

        result.ExitCode.ShouldBe(0, result.Output);
        result.Output.ShouldContain("  pass  decoy: a number one digit off does not link");
        result.Output.ShouldContain(" passed, 0 failed");
        result.Output.ShouldNotContain("  FAIL  ", Case.Sensitive);
        result.Output.ShouldNotContain("has no tests");
    }

    [Test]
    public async Task A_broken_rule_fails_its_tests_visibly_with_the_difference()
    {
        var rules = RulesFolderCopy.Create(_workspace.Root);
        RulesFolderCopy.Edit(rules, "same-phone.yaml", "threshold: 10", "threshold: 12");

        var result = await ScanWorkspace.InvokeAsync("rules", "test", rules);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldContain("  FAIL  the same mobile written two ways links  (tests/same-phone.yaml:");
        result.Output.ShouldContain("expected an alert from same-phone, got none");
        result.Output.ShouldContain("best pair R1 ↔ SUB-1: score 10.0: phone: +10.0 (exact …123) · total 10.0 < 12.0");
        result.Output.ShouldContain("  pass  decoy: a number one digit off does not link");
    }

    [Test]
    public async Task A_rules_folder_without_test_cases_does_not_pass_as_tested()
    {
        var rules = RulesFolderCopy.Create(_workspace.Root);
        Directory.Delete(Path.Combine(rules, "tests"), recursive: true);

        var result = await ScanWorkspace.InvokeAsync("rules", "test", rules);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldContain("no test cases found");
    }

    [Test]
    public async Task Rule_tests_do_not_run_on_a_rules_folder_with_errors()
    {
        var rules = RulesFolderCopy.Create(_workspace.Root);
        RulesFolderCopy.Edit(rules, "same-phone.yaml", "threshold: 10", "thresold: 10");

        var result = await ScanWorkspace.InvokeAsync("rules", "test", rules);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldContain("same-phone.yaml:15:1: unknown key 'thresold'");
        result.Output.ShouldContain("fix them");
    }

    [Test]
    public async Task A_mistake_in_the_generic_values_list_is_reported_at_its_line_and_stops_a_run()
    {
        var rules = RulesFolderCopy.Create(_workspace.Root);
        File.WriteAllText(Path.Combine(rules, "lists", "generic-values.yaml"), "max_people: 25\ndeny:\n  - phone: ring the office\n");

        var validate = await ScanWorkspace.InvokeAsync("rules", "validate", rules);
        var run = await _workspace.RunAsync("2026-11-23", rules: rules);

        validate.ExitCode.ShouldBe(1);
        validate.Output.ShouldContain("lists/generic-values.yaml:3:12: 'ring the office' is not a phone number");
        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("lists/generic-values.yaml:3:12");
    }
}
