using ScanService.Normalise;
using ScanService.Synthetic.Names;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Tests.Support;

namespace ScanService.Synthetic.Tests;

/// <summary>Decoys must look like a subject and differ in a way the data can show; never in a way no one could see.</summary>
public class NearMissTests
{
    private static readonly DateOnly RunDate = new(2026, 11, 23);
    private static readonly PersonFactory People = new(CultureCatalog.Instance, RunDate);

    [Test]
    public void A_namesake_is_born_at_least_five_years_apart_so_no_estimate_or_slip_explains_the_difference()
    {
        var random = new Random(3);
        for (var i = 0; i < 2_000; i++)
        {
            var subject = People.Create(random, AgeBand.Adult);
            var namesake = People.Namesake(subject, random);

            namesake.Name.ShouldBeSameAs(subject.Name);
            Math.Abs(namesake.DateOfBirth.Year - subject.DateOfBirth.Year).ShouldBeGreaterThanOrEqualTo(5);
        }
    }

    [Test]
    public void A_namesake_born_the_same_year_differs_by_more_than_a_slip()
    {
        var random = new Random(4);
        for (var i = 0; i < 2_000; i++)
        {
            var subject = People.Create(random, AgeBand.Adult);
            var namesake = People.NamesakeSameYear(subject, random);

            namesake.DateOfBirth.Year.ShouldBe(subject.DateOfBirth.Year);
            BirthDates.CouldBeMistakenFor(subject.DateOfBirth, namesake.DateOfBirth).ShouldBeFalse();
        }
    }

    [Test]
    public void A_twin_has_the_same_family_name_and_birth_date_and_a_clearly_different_forename()
    {
        var random = new Random(5);
        for (var i = 0; i < 2_000; i++)
        {
            var subject = People.Create(random, AgeBand.Adult);
            var twin = People.SameSurnameAndBirth(subject, random);

            twin.DateOfBirth.ShouldBe(subject.DateOfBirth);
            twin.Name.MainFamily.ShouldBe(subject.Name.MainFamily);
            twin.Name.Middle.ShouldBeEmpty();
            var call = twin.Name.CallName;
            subject.Name.Given.Where(g => g.Answers(call.Native) || call.Key.StartsWith(g.Key.Substring(0, 2), StringComparison.Ordinal)).ShouldBeEmpty();
        }
    }

    [Test]
    public void Only_names_at_the_head_of_their_lists_count_as_common()
    {
        var vietnamese = CultureCatalog.Instance.Get("vietnamese");
        Person With(string given, string family, Culture culture) => new()
        {
            Culture = culture,
            Gender = Gender.Male,
            Name = new TrueName
            {
                Given = [culture.MaleGiven.Items.Single(e => e.Native == given)],
                Family = [culture.Surnames!.Items.Single(s => s.Male.Native == family).Male],
                FamilySource = [culture.Surnames.Items.Single(s => s.Male.Native == family)],
            },
            DateOfBirth = new DateOnly(1990, 5, 1),
            Nationality = "Vietnamese",
            EmailNumber = 1,
        };

        PersonFactory.HasCommonName(With("Minh", "Nguyễn", vietnamese)).ShouldBeTrue();
        PersonFactory.HasCommonName(With("Đạt", "Lương", vietnamese)).ShouldBeFalse();
    }

    [Test]
    public void A_phone_one_digit_off_is_next_to_a_subjects_number_and_is_no_subjects_number()
    {
        var night = Nights.Standard;
        var subjectNumbers = night.Subjects.Column("phone").SelectMany(p => PhoneNormaliser.NormaliseList(p).Numbers).ToHashSet();
        var decoys = night.Decoys.Rows.Where(r => r[3] == "phone-one-digit-off").ToList();

        decoys.Count.ShouldBeGreaterThan(50);
        foreach (var decoy in decoys)
        {
            var numbers = PhoneNormaliser.NormaliseList(night.Source(decoy[0]).Get(night.Record(decoy[0], decoy[1]), "phone")).Numbers;
            numbers.Where(subjectNumbers.Contains).ShouldBeEmpty();
            numbers.Any(n => subjectNumbers.Any(s => s.Length == n.Length && s.Zip(n).Count(p => p.First != p.Second) == 1)).ShouldBeTrue(string.Join(";", numbers));
        }
    }
}
