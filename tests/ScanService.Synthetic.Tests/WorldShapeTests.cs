using ScanService.Synthetic.Tests.Support;

namespace ScanService.Synthetic.Tests;

public class WorldShapeTests
{
    private static GeneratedNight Night => Nights.Standard;

    [Test]
    public void There_is_one_investigation_per_twenty_subjects_by_default_and_some_are_closed()
    {
        Night.Investigations.Rows.Count.ShouldBe(100);
        Night.Investigations.Column("status").Count(s => s == "closed").ShouldBe(Night.Summary.ClosedInvestigations);
        Night.Summary.ClosedInvestigations.ShouldBeInRange(4, 15);
        Night.Investigations.Column("investigation_ref").Distinct().Count().ShouldBe(100);
    }

    [Test]
    public void The_records_are_shared_between_the_sources_by_their_flavour()
    {
        Night.Summary.Records.ShouldBe(20_000);
        var rows = Night.Summary.Sources.ToDictionary(s => s.Source, s => s.Rows);
        rows["benefit-claims"].ShouldBeGreaterThan(rows["police-intelligence"]);
        rows["police-intelligence"].ShouldBeGreaterThan(rows["nrm-referrals"]);
    }

    [Test]
    public void Some_subjects_are_on_several_rows_for_a_second_address_a_second_investigation_or_an_alias()
    {
        var bySubject = Night.Subjects.Rows.GroupBy(r => r[1]).ToList();

        bySubject.Count.ShouldBe(Night.Summary.Subjects);
        bySubject.Count(g => g.Select(r => r[0]).Distinct().Count() > 1).ShouldBeGreaterThan(20);
        bySubject.Count(g => g.Select(r => Night.Subjects.Get(r, "address")).Where(a => a.Length > 0).Distinct().Count() > 1).ShouldBeGreaterThan(50);
        bySubject.Count(g => g.Any(r => Night.Subjects.Get(r, "address").Length == 0 && Night.Subjects.Get(r, "phone").Length == 0)).ShouldBeGreaterThan(20);
    }

    [Test]
    public void People_come_from_many_nationalities()
    {
        var nationalities = Night.SourceNames.SelectMany(s => Night.Source(s).Column("nationality")).ToHashSet();

        foreach (var nationality in new[]
        {
            "British", "Albanian", "Vietnamese", "Romanian", "Polish", "Eritrean", "Ethiopian", "Sudanese", "Nigerian", "Chinese",
            "Indian", "Pakistani", "Lithuanian", "Slovak", "Ukrainian", "Spanish", "Portuguese", "Brazilian",
        })
        {
            nationalities.ShouldContain(nationality);
        }
    }

    [Test]
    public void Some_names_are_very_common()
    {
        var names = Night.SourceNames
            .SelectMany(s => Night.Source(s).Column("surname").Concat(Night.Source(s).Column("forename")).Concat(Night.Source(s).Column("full_name")))
            .Select(n => n.ToUpperInvariant())
            .ToList();

        foreach (var common in new[] { "SMITH", "NGUY", "WANG", "MOHAM", "KHAN", "SINGH" })
        {
            names.Count(n => n.Contains(common, StringComparison.Ordinal)).ShouldBeGreaterThan(25, common);
        }
    }
}
