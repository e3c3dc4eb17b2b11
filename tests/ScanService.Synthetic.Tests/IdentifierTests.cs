using System.Text.RegularExpressions;
using ScanService.Synthetic.Tests.Support;

namespace ScanService.Synthetic.Tests;

/// <summary>National insurance numbers in a generated night: specimen-only, on the sources that carry them, sometimes slipped.</summary>
public partial class IdentifierTests
{
    [GeneratedRegex("^QQ[0-9]{6}[A-D]$")]
    private static partial Regex SpecimenNumber();

    [Test]
    public void Every_generated_national_insurance_number_uses_the_specimen_prefix_that_is_never_issued()
    {
        var night = Nights.Standard;
        var values = night.Subjects.Column("ni_number").Concat(night.Source("benefit-claims").Column("ni_number"))
            .Where(v => v.Length > 0)
            .Select(v => v.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
            .ToList();

        values.Count.ShouldBeGreaterThan(100);
        values.ShouldAllBe(v => SpecimenNumber().IsMatch(v));
    }

    [Test]
    public void Benefit_claims_nearly_always_give_a_number_and_the_unit_knows_it_for_only_some_subjects()
    {
        var night = Nights.Standard;
        var claims = night.Source("benefit-claims").Column("ni_number").ToList();
        var subjects = night.Subjects.Column("ni_number").ToList();

        (claims.Count(v => v.Length > 0) / (double)claims.Count).ShouldBeGreaterThan(0.9);
        var known = subjects.Count(v => v.Length > 0) / (double)subjects.Count;
        known.ShouldBeInRange(0.1, 0.5);
    }
}
