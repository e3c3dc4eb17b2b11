using ScanService.Core.Tests.Support;
using ScanService.Rules;
using ScanService.Rules.Testing;
using ScanService.Testing;

namespace ScanService.Core.Tests.Rules;

public class RuleTestRunnerTests
{
    private static readonly DateOnly RunDate = new(2026, 11, 23);

    private const string SamePhone = """
        id: same-phone
        description: Same phone number as a subject
        compare:
          phone:
            exact: 10
        threshold: 10
        """;

    private TempFolder _rules = null!;

    [SetUp]
    public void SetUp()
    {
        _rules = new TempFolder();
        Directory.CreateDirectory(Path.Combine(_rules.Path, "tests"));
        _rules.Write("same-phone.yaml", SamePhone);
    }

    [TearDown]
    public void TearDown() => _rules.Dispose();

    private static List<RuleTestResult> RunAll(string rulesDirectory)
    {
        var folder = RuleFolder.Read(rulesDirectory);
        folder.Problems.ShouldBeEmpty();
        var (cases, errors) = RuleTestLoader.Read(rulesDirectory);
        errors.ShouldBeEmpty();
        var runner = new RuleTestRunner(folder.AllRules, RunDate);
        return cases.Select(runner.Run).ToList();
    }

    private RuleTestResult RunOne(string testYaml)
    {
        _rules.Write(Path.Combine("tests", "same-phone.yaml"), testYaml);
        return RunAll(_rules.Path).ShouldHaveSingleItem();
    }

    private IReadOnlyList<RuleError> ErrorsOf(string testYaml)
    {
        _rules.Write(Path.Combine("tests", "same-phone.yaml"), testYaml);
        return RuleTestLoader.Read(_rules.Path).Errors;
    }

    [Test]
    public void Every_shipped_rule_test_passes()
    {
        var results = RunAll(Repository.Rules);

        results.Count.ShouldBeGreaterThanOrEqualTo(20);
        results.Where(r => !r.Passed).Select(r => r.Case.Name + ": " + string.Join(" / ", r.Differences)).ShouldBeEmpty();
    }

    [Test]
    public void Every_shipped_rule_has_tests_including_decoys()
    {
        var rules = RuleSetLoader.Load(Repository.Rules).All.ToList();
        var (cases, _) = RuleTestLoader.Read(Repository.Rules);

        RuleTestLoader.Untested(rules, cases).ShouldBeEmpty();
        foreach (var rule in rules)
        {
            cases.ShouldContain(c => c.Expectations.Any(e => e.RuleId == rule.Id && !e.Alert), $"{rule.Id} has a decoy");
            cases.ShouldContain(c => c.Expectations.Any(e => e.RuleId == rule.Id && e.Alert), $"{rule.Id} has a link");
        }
    }

    [Test]
    public void A_broken_pattern_or_compliance_rule_fails_its_shipped_tests_visibly()
    {
        var shipped = RuleSetLoader.Load(Repository.Rules);
        var (cases, _) = RuleTestLoader.Read(Repository.Rules);
        var broken = new IScanRule[]
        {
            shipped.Patterns.Single(p => p.Id == "crowded-address") with { MinPeople = 6 },
            shipped.Compliance.Single() with { ReferenceColumn = "crime_reference" },
        };

        var failed = cases.Select(new RuleTestRunner(broken, new DateOnly(2026, 11, 23)).Run).Where(r => !r.Passed).ToList();

        failed.ShouldContain(r => r.Case.Name == "five people at one house from two partners is a pattern"
            && r.Differences[0] == "expected an alert from crowded-address about record C3 on 2026-11-23, got none");
        failed.ShouldContain(r => r.Case.Name == "a crime record quoting the referral meets the obligation"
            && r.Differences[0].StartsWith("expected no alert from nrm-without-crime on 2026-11-23, got 1:", StringComparison.Ordinal));
    }

    [Test]
    public void An_expected_alert_that_does_not_come_shows_the_best_pair_and_its_explanation()
    {
        _rules.Write("same-phone.yaml", SamePhone.Replace("threshold: 10", "threshold: 11"));

        var result = RunOne("""
            rule: same-phone
            cases:
              - name: a lost leading zero links
                given:
                  record: {phone: 7700900123}
                  subject: {subject_ref: SUB-1, phone: 07700 900123}
                expect: alert
            """);

        result.Passed.ShouldBeFalse();
        result.Differences.ShouldBe(
        [
            "expected an alert from same-phone, got none",
            "  best pair R1 ↔ SUB-1: score 10.0: phone: +10.0 (exact …123) · total 10.0 < 11.0",
        ]);
        result.Case.Location.ShouldBe("tests/same-phone.yaml:3:5");
    }

    [Test]
    public void An_unexpected_alert_shows_its_score_and_explanation()
    {
        var result = RunOne("""
            rule: same-phone
            cases:
              - name: one digit off does not link
                given:
                  record: {record_id: H-7, phone: 07700 900123}
                  subject: {subject_ref: SUB-1, phone: 07700 900123}
                expect: no alert
            """);

        result.Differences.ShouldBe(
        [
            "expected no alert from same-phone, got 1:",
            "  H-7 ↔ SUB-1: score 10.0: phone: +10.0 (exact …123) · total 10.0 ≥ 10.0",
        ]);
    }

    [Test]
    public void A_score_outside_the_band_or_other_matched_fields_fail_with_what_was_got()
    {
        var result = RunOne("""
            rule: same-phone
            cases:
              - name: a phone link scores in its band
                given:
                  record: {phone: 07700 900123}
                  subject: {phone: 07700 900123}
                expect:
                  alert: yes
                  score: {min: 11, max: 12}
                  matched_on: phone+name
            """);

        result.Differences[0].ShouldBe("expected an alert from same-phone with score 11.0–12.0 matched on phone+name, got:");
        result.Differences[1].ShouldStartWith("  R1 ↔ S1: score 10.0, matched on phone:");
    }

    [Test]
    public void Several_subject_rows_add_up_and_an_expectation_can_name_the_subject()
    {
        var result = RunOne("""
            rule: same-phone
            cases:
              - name: the number from the second row links
                given:
                  record: {phone: 07700 900211}
                  subjects:
                    - {subject_ref: SUB-1, investigation_ref: INV-A, phone: 07700 900210}
                    - {subject_ref: SUB-1, investigation_ref: INV-B, phone: 07700 900211}
                    - {subject_ref: SUB-2, phone: 07700 900999}
                expect:
                  - {alert: yes, subject: SUB-1}
                  - {alert: no, subject: SUB-2}
            """);

        result.Passed.ShouldBeTrue(string.Join(Environment.NewLine, result.Differences));
    }

    [Test]
    public void A_rule_limited_to_other_sources_says_so_when_it_does_not_alert()
    {
        _rules.Write("same-phone.yaml", SamePhone.Replace("compare:", "sources: [nrm-referrals]\ncompare:"));

        var result = RunOne("""
            rule: same-phone
            cases:
              - name: a phone link
                given:
                  record: {phone: 07700 900123}
                  subject: {phone: 07700 900123}
                expect: alert
            """);

        result.Differences[1].ShouldBe("  the rule does not apply to source(s) test (its sources: nrm-referrals); give the record a 'source:'");
    }

    [Test]
    public void A_disabled_rule_is_tested_as_if_enabled_with_a_note()
    {
        _rules.Write("same-phone.yaml", SamePhone.Replace("threshold: 10", "threshold: 10\nenabled: false"));

        var result = RunOne("""
            rule: same-phone
            cases:
              - name: a phone link
                given:
                  record: {phone: 07700 900123}
                  subject: {phone: 07700 900123}
                expect: alert
            """);

        result.Passed.ShouldBeTrue();
        result.Notes.ShouldBe(["rule 'same-phone' is disabled (enabled: false); it was tested as if enabled"]);
    }

    [Test]
    public void An_expectation_for_an_unknown_rule_fails_with_a_suggestion()
    {
        var result = RunOne("""
            rule: same-phnoe
            cases:
              - name: a phone link
                given:
                  record: {phone: 07700 900123}
                  subject: {phone: 07700 900123}
                expect: alert
            """);

        result.Differences.ShouldBe(["no rule has the id 'same-phnoe'; did you mean 'same-phone'?"]);
    }

    [Test]
    public void Mistakes_in_a_test_file_are_located_with_suggestions()
    {
        var errors = ErrorsOf("""
            rule: same-phone
            cases:
              - name: a phone link
                gievn:
                  record: {phone: 07700 900123, phnoe: 1}
                  subject: {phone: 07700 900123}
                expect: alret
            """);

        errors.Select(e => e.ToString()).ShouldBe(
        [
            "tests/same-phone.yaml:4:5: unknown key 'gievn' in a case; did you mean 'given'?",
            "tests/same-phone.yaml:7:13: 'expect' must be 'alert', 'no alert' or a mapping with 'alert: yes|no'; did you mean 'alert'?",
        ]);
    }

    [Test]
    public void An_unknown_record_field_is_located_in_the_flow_mapping()
    {
        var errors = ErrorsOf("""
            rule: same-phone
            cases:
              - name: a phone link
                given:
                  record: {phone: 07700 900123, phnoe: 1}
                  subject: {phone: 07700 900123}
                expect: alert
            """);

        errors.Select(e => e.ToString()).ShouldBe(["tests/same-phone.yaml:5:37: unknown key 'phnoe' in a record; did you mean 'phone'?"]);
    }
}
