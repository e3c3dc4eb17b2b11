using ScanService.Synthetic.Names;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.People;

/// <summary>Creates synthetic people, and the people who are easy to mistake for them.</summary>
internal sealed class PersonFactory(CultureCatalog catalog, DateOnly runDate)
{
    public CultureCatalog Catalog { get; } = catalog;

    public Person Create(Random random, AgeBand band, Culture? culture = null, Gender? gender = null)
    {
        culture ??= Catalog.Population.Pick(random);
        var sex = gender ?? (random.Chance(0.55) ? Gender.Male : Gender.Female);
        return new Person
        {
            Culture = culture,
            Gender = sex,
            Name = NameFactory.Create(culture, sex, random),
            DateOfBirth = BirthDates.Draw(random, runDate, band, culture.JanuaryFirstRate),
            Nationality = culture.Nationalities.Pick(random),
            EmailNumber = random.Between(1, 99),
        };
    }

    /// <summary>A family member: the same family name (in the right form), another given name and age.</summary>
    public Person Relative(Person of, Random random)
    {
        var gender = random.Chance(0.5) ? Gender.Male : Gender.Female;
        var given = NameFactory.DifferentGiven(of, gender, random);
        var name = new TrueName
        {
            Given = [given],
            Middle = of.Culture.Structure == NameStructure.Vietnamese ? [of.Culture.Middle(gender).Pick(random)] : [],
            Family = [.. of.Name.FamilySource.Select(s => s.For(gender, random))],
            FamilySource = of.Name.FamilySource,
            Patronyms = of.Name.Patronyms,
            Hyphenated = of.Name.Hyphenated,
        };
        var years = random.Between(2, 28) * (random.Chance(0.5) ? 1 : -1);
        var dob = ClampToPast(of.DateOfBirth.AddYears(years).AddDays(random.Between(-150, 150)));
        return With(of, name, gender, dob, random);
    }

    /// <summary>Someone else with exactly the same name, born at a clearly different date.</summary>
    public Person Namesake(Person of, Random random)
    {
        DateOnly dob;
        do
        {
            dob = BirthDates.Draw(random, runDate, AgeBand.Adult, 0.02);
        }
        // Five years apart at least: an estimated date of birth on either side may be two years out.
        while (Math.Abs(dob.Year - of.DateOfBirth.Year) < 5 || BirthDates.CouldBeMistakenFor(of.DateOfBirth, dob));

        return With(of, of.Name, of.Gender, dob, random);
    }

    /// <summary>The same name and birth year, a day and month that no typing slip would produce.</summary>
    public Person NamesakeSameYear(Person of, Random random)
    {
        DateOnly dob;
        do
        {
            dob = new DateOnly(of.DateOfBirth.Year, 1, 1).AddDays(random.Next(365));
        }
        while (BirthDates.DigitsApart(of.DateOfBirth, dob) < 2 || BirthDates.CouldBeMistakenFor(of.DateOfBirth, dob) || dob > runDate);

        return With(of, of.Name, of.Gender, dob, random);
    }

    /// <summary>
    /// True when both the name the person goes by and their family name are among the ten commonest of their
    /// culture (Mohammed Ahmed, Nguyễn Văn Minh, David Smith): namesakes born the same year are then real life.
    /// </summary>
    public static bool HasCommonName(Person person)
    {
        const int Common = 10;
        var name = person.Name;
        var culture = person.Culture;
        var given = culture.Given(person.Gender).RankOf(name.CallName);
        var family = culture.Surnames is { } surnames
            ? name.FamilySource.Length > 0 ? surnames.RankOf(name.FamilySource[0]) : -1
            : name.Patronyms.Length > 0 ? culture.MaleGiven.RankOf(name.Patronyms[0]) : -1;
        return given is >= 0 and < Common && family is >= 0 and < Common;
    }

    /// <summary>Same family name and date of birth, a clearly different forename (a twin, or a coincidence).</summary>
    public Person SameSurnameAndBirth(Person of, Random random)
    {
        var given = NameFactory.DifferentGiven(of, of.Gender, random);
        var name = new TrueName
        {
            Given = [given],
            Family = of.Name.Family,
            FamilySource = of.Name.FamilySource,
            Patronyms = of.Name.Patronyms,
            Hyphenated = of.Name.Hyphenated,
        };
        return With(of, name, of.Gender, of.DateOfBirth, random);
    }

    /// <summary>An unrelated person born on the same day.</summary>
    public Person SameBirth(Person of, Random random)
    {
        var other = Create(random, AgeBand.Adult);
        return With(other, other.Name, other.Gender, of.DateOfBirth, random);
    }

    /// <summary>A second name a subject is known by: another forename, sometimes another surname too.</summary>
    public TrueName Alias(Person of, Random random)
    {
        var other = NameFactory.Create(of.Culture, of.Gender, random);
        if (random.Chance(0.6))
        {
            return new TrueName
            {
                Given = [NameFactory.DifferentGiven(of, of.Gender, random)],
                Family = of.Name.Family,
                FamilySource = of.Name.FamilySource,
                Patronyms = of.Name.Patronyms,
                Hyphenated = of.Name.Hyphenated,
            };
        }

        return other;
    }

    private Person With(Person template, TrueName name, Gender gender, DateOnly dob, Random random) => new()
    {
        Culture = template.Culture,
        Gender = gender,
        Name = name,
        DateOfBirth = dob,
        Nationality = template.Culture.Nationalities.Pick(random),
        EmailNumber = random.Between(1, 99),
    };

    private DateOnly ClampToPast(DateOnly dob) => dob > runDate.AddYears(-1) ? runDate.AddYears(-1) : dob;
}
