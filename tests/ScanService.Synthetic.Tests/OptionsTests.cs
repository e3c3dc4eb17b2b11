namespace ScanService.Synthetic.Tests;

public class OptionsTests
{
    [Test]
    public void Every_problem_with_the_options_is_listed_at_once()
    {
        var options = new SyntheticNightOptions
        {
            OutputDirectory = " ",
            Records = -1,
            Subjects = 0,
            Investigations = 5,
            LinkRate = 1.5,
            Sources = ["nrm-referrals", "NRM-REFERRALS", "truth", "bad/name"],
        };

        var problems = options.Validate();

        problems.Count.ShouldBeGreaterThanOrEqualTo(7);
        Should.Throw<ArgumentException>(() => new SyntheticNightGenerator(options)).Message.ShouldContain("records must be zero or more");
    }

    [TestCase(2_000, 100)]
    [TestCase(100_000, 5_000)]
    [TestCase(10, 1)]
    public void Investigations_default_to_one_per_twenty_subjects_and_at_least_one(int subjects, int investigations) =>
        new SyntheticNightOptions { OutputDirectory = "x", Subjects = subjects }.EffectiveInvestigations.ShouldBe(investigations);

    [Test]
    public void The_default_options_are_valid() =>
        new SyntheticNightOptions { OutputDirectory = "x" }.Validate().ShouldBeEmpty();
}
