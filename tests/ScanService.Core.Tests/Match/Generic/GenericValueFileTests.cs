using ScanService.Core.Tests.Support;
using ScanService.Match.Generic;
using ScanService.Rules;
using ScanService.Testing;

namespace ScanService.Core.Tests.Match.Generic;

public class GenericValueFileTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private (GenericValueSettings Settings, IReadOnlyList<RuleError> Errors, string? Hash) Read(string yaml)
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "lists"));
        File.WriteAllText(Path.Combine(_folder.Path, "lists", "generic-values.yaml"), yaml);
        return GenericValueLoader.Read(_folder.Path);
    }

    [Test]
    public void Without_the_file_the_default_limit_applies_and_nothing_is_denied()
    {
        var (settings, errors, hash) = GenericValueLoader.Read(_folder.Path);

        settings.ShouldBe(GenericValueSettings.Default);
        errors.ShouldBeEmpty();
        hash.ShouldBeNull();
    }

    [Test]
    public void Values_are_normalised_as_records_are()
    {
        var (settings, errors, _) = Read("""
            max_people: 40
            deny:
              - phone: 0161 496 0999
            allow:
              - address: Flat 3, 12 Oldham Rd, Manchester
                postcode: m4 5ah
            """);

        errors.ShouldBeEmpty();
        settings.MaxPeople.ShouldBe(40);
        settings.DeniedPhones.ShouldBe(["+441614960999"]);
        settings.AllowedPremises.ShouldBe(["m4 5ah|12|3"]);
    }

    [Test]
    public void Every_problem_is_reported_with_its_line_and_column()
    {
        var (_, errors, _) = Read("""
            max_peple: 40
            deny:
              - phone: call the office
              - why: no value
            allow:
              - phone: 0161 496 0999
              - phone: "+44 161 496 0999"
            """);

        var lines = errors.Select(e => e.ToString()).ToList();
        lines.ShouldContain(l => l.StartsWith("lists/generic-values.yaml:1:1: unknown key 'max_peple'; did you mean 'max_people'?", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("lists/generic-values.yaml:3:12: 'call the office' is not a phone number", StringComparison.Ordinal));
        lines.ShouldContain("lists/generic-values.yaml:4:5: give a 'phone', or an 'address' with its 'postcode'");
        errors.Count.ShouldBe(3, string.Join("\n", lines));
    }

    [Test]
    public void A_value_on_both_lists_and_a_limit_out_of_range_are_errors()
    {
        var (_, errors, _) = Read("""
            max_people: 1
            deny:
              - phone: 07700 900999
            allow:
              - phone: +44 7700 900999
            """);

        var lines = errors.Select(e => e.ToString()).ToList();
        lines.ShouldContain(l => l.StartsWith("lists/generic-values.yaml:1:13: 'max_people'", StringComparison.Ordinal));
        lines.ShouldContain("lists/generic-values.yaml:5:5: this phone is on both the deny and the allow list; keep it on one");
    }

    [Test]
    public void The_list_is_part_of_the_rule_set_hash_so_alerts_trace_to_it()
    {
        File.Copy(Repository.Path("scan-rules", "same-phone.yaml"), Path.Combine(_folder.Path, "same-phone.yaml"));
        var without = RuleFolder.Read(_folder.Path).Hash;
        Read("max_people: 30\n");

        RuleFolder.Read(_folder.Path).Hash.ShouldNotBe(without);
        RuleFolder.Load(_folder.Path).GenericValues.MaxPeople.ShouldBe(30);
    }
}
