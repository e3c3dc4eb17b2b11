using ScanService.Match.Comparators;
using ScanService.Model;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

/// <summary>Every date-of-birth case of issue 3 point 2, and the near misses that must stay different.</summary>
public class DateOfBirthComparatorTests
{
    [TestCase("1990-03-14", "1990-03-14", "exact", null, TestName = "The same date is exact")]
    [TestCase("1990-03-07", "1990-07-03", "transposed", null, TestName = "Day and month swapped is transposed")]
    [TestCase("1990-12-01", "1990-01-12", "transposed", null, TestName = "Transposition is recognised whichever side has the larger day")]
    [TestCase("1990-03-14", "1990-03-15", "one_digit", "in the day", TestName = "One digit different in the day")]
    [TestCase("1990-03-14", "1990-08-14", "one_digit", "in the month", TestName = "One digit different in the month")]
    [TestCase("1980-03-14", "1990-03-14", "one_digit", "in the year", TestName = "One digit different in the year is not year near")]
    [TestCase("1969-03-14", "1996-03-14", "one_digit", "digits swapped in the year", TestName = "Two neighbouring digits of the year swapped is one keying slip")]
    [TestCase("1994-11-27", "1994-12-17", "one_digit", "digits swapped", TestName = "Neighbouring digits swapped across month and day is one keying slip")]
    [TestCase("1990-03-14", "1990-04-13", "different", null, TestName = "Digits swapped that are not neighbours are different")]
    [TestCase("1990-03-14", "1991-03-14", "year_near", null, TestName = "The same day and month a year later is year near")]
    [TestCase("1990-03-14", "1989-03-14", "year_near", null, TestName = "The same day and month a year earlier is year near")]
    [TestCase("1999-03-14", "2000-03-14", "year_near", null, TestName = "Year near crosses a decade")]
    [TestCase("1990-01-01", "1990-06-20", "year_only", null, TestName = "An estimated 1 January date agrees only on its year")]
    [TestCase("1990-01-01", "1990-01-01", "year_only", null, TestName = "Two identical 1 January dates are two estimates")]
    [TestCase("1990-01-01", "1990-01-11", "year_only", null, TestName = "An estimate one digit from a real date is still only a year")]
    [TestCase("1990-01-01", "1991-01-01", "year_only", "a year apart", TestName = "Two estimates a year apart are year-level evidence")]
    [TestCase("1990-01-01", "1989-11-30", "year_only", "a year apart", TestName = "An estimate a year out is year-level evidence")]
    [TestCase("1990", "1990-06-20", "year_only", null, TestName = "A year-only date agrees on its year")]
    [TestCase("1990", "1991-06-20", "year_only", "a year apart", TestName = "A year-only date a year out is year-level evidence")]
    [TestCase("1990", "1990", "year_only", null, TestName = "Two year-only dates agree only on the year")]
    // Near misses that must not count for a link.
    [TestCase("1990", "1992-06-20", "different", null, TestName = "A year-only date two years out is different")]
    [TestCase("1990-01-01", "1992-01-01", "different", null, TestName = "Estimates two years apart are different")]
    [TestCase("1990-03-14", "1985-07-02", "different", null, TestName = "Unrelated dates are different")]
    [TestCase("1990-03-14", "1990-03-25", "different", null, TestName = "Two digits different in the day is different")]
    [TestCase("1990-03-14", "1990-04-15", "different", null, TestName = "A digit off in both day and month is different")]
    [TestCase("1990-03-14", "1991-04-14", "different", null, TestName = "A digit off in both year and month is different")]
    [TestCase("1990-03-14", "1991-03-15", "different", null, TestName = "A year out and a day out is different")]
    [TestCase("1990-03-07", "1991-07-03", "different", null, TestName = "Transposed in another year is different")]
    public void Dates_of_birth_reach_the_expected_level(string a, string b, string level, string? detail)
    {
        DateOfBirthComparator.Compare(Parse(a), Parse(b)).ShouldBe(new ComparisonOutcome(level, detail));
        DateOfBirthComparator.Compare(Parse(b), Parse(a)).ShouldBe(new ComparisonOutcome(level, detail));
        DateOfBirthComparator.LevelOf(Parse(a), Parse(b)).ShouldBe(level);
    }

    [Test]
    public void A_missing_date_on_either_side_is_missing_not_different()
    {
        var comparator = new DateOfBirthComparator();

        comparator.Compare(Record(), Subject(dob: Parse("1990-03-14"))).Level.ShouldBe("missing");
        comparator.Compare(Record(dob: Parse("1990-03-14")), Subject()).Level.ShouldBe("missing");
    }

    [Test]
    public void The_strongest_level_against_any_of_the_subjects_dates_counts()
    {
        var subject = Subject(dob: Parse("1985-07-02"));
        subject.DatesOfBirth.Add(Parse("1990-03-15"));
        subject.DatesOfBirth.Add(Parse("1990-03-14"));

        new DateOfBirthComparator().Compare(Record(dob: Parse("1990-03-14")), subject).Level.ShouldBe("exact");
    }

    [Test]
    public void The_strongest_level_keeps_its_detail()
    {
        var subject = Subject(dob: Parse("1985-07-02"));
        subject.DatesOfBirth.Add(Parse("1990-03-15"));

        new DateOfBirthComparator().Compare(Record(dob: Parse("1990-03-14")), subject)
            .ShouldBe(new ComparisonOutcome("one_digit", "in the day"));
    }

    [Test]
    public void The_levels_are_listed_strongest_first()
    {
        new DateOfBirthComparator().Levels.ShouldBe(["exact", "transposed", "one_digit", "year_near", "year_only", "different", "missing"]);
    }

    private static DateOfBirth Parse(string text) =>
        text.Length == 4 ? DateOfBirth.YearOnly(int.Parse(text)) : DateOfBirth.From(DateOnly.ParseExact(text, "yyyy-MM-dd"));
}
