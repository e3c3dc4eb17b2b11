using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

public class DateOfBirthParserTests
{
    private static readonly DateOnly RunDate = new(2025, 6, 1);

    [TestCase("1990-05-01", "1990-05-01")]
    [TestCase("  1990-05-01\t", "1990-05-01")]
    [TestCase("01/05/1990", "1990-05-01")]
    [TestCase("1/5/1990", "1990-05-01")]
    [TestCase("12/11/1990", "1990-11-12")]
    [TestCase("01-May-1990", "1990-05-01")]
    [TestCase("01-MAY-1990", "1990-05-01")]
    [TestCase("01-may-1990", "1990-05-01")]
    [TestCase("1-Jun-1990", "1990-06-01")]
    [TestCase("01-September-1990", "1990-09-01")]
    [TestCase("01-Sept-1990", "1990-09-01")]
    [TestCase("01.05.1990", "1990-05-01")]
    [TestCase("19900501", "1990-05-01")]
    [TestCase("1990-05-01T00:00:00", "1990-05-01")]
    [TestCase("1990-05-01T00:00:00Z", "1990-05-01")]
    [TestCase("1990-05-01T23:30:00+01:00", "1990-05-01")]
    [TestCase("1990-05-01 00:00:00", "1990-05-01")]
    [TestCase("29/02/1992", "1992-02-29")]
    [TestCase("01/01/1900", "1900-01-01")]
    [TestCase("2025-06-01", "2025-06-01")]
    public void Accepted_layouts_are_read_day_first(string raw, string expected)
    {
        var result = DateOfBirthParser.Parse(raw, RunDate);

        result.Success.ShouldBeTrue(result.Error);
        result.Value.ToString().ShouldBe(expected);
        result.Value.IsYearOnly.ShouldBeFalse();
    }

    [TestCase("1990")]
    [TestCase(" 2001 ")]
    public void A_bare_year_is_a_year_only_date_of_birth(string raw)
    {
        var result = DateOfBirthParser.Parse(raw, RunDate);

        result.Success.ShouldBeTrue(result.Error);
        result.Value.IsYearOnly.ShouldBeTrue();
        result.Value.Year.ShouldBe(int.Parse(raw.Trim()));
    }

    [TestCase("12/31/1990", "month out of range", TestName = "A US month-first date is refused, never reread")]
    [TestCase("13.13.1990", "month out of range", TestName = "A month past December is refused")]
    [TestCase("31/02/1990", "day does not exist", TestName = "The thirty-first of February is refused")]
    [TestCase("29/02/1991", "day does not exist", TestName = "The twenty-ninth of February outside a leap year is refused")]
    [TestCase("00/05/1990", "day does not exist", TestName = "Day zero is refused")]
    [TestCase("1899-12-31", "year before 1900", TestName = "A year before 1900 is refused")]
    [TestCase("1850", "year before 1900", TestName = "A bare year before 1900 is refused")]
    [TestCase("01051990", "8-digit dates are read as yyyyMMdd", TestName = "Eight digits written day first are refused with a hint")]
    [TestCase("2030-01-01", "in the future", TestName = "A date after the run date is refused")]
    [TestCase("2026", "in the future", TestName = "A bare year after the run year is refused")]
    [TestCase("1990/05/01", "not a recognised date format", TestName = "Year-first with slashes is not an accepted layout")]
    [TestCase("01-05-1990", "not a recognised date format", TestName = "Day-first with hyphens is not an accepted layout")]
    [TestCase("1 May 1990", "not a recognised date format", TestName = "Spaces between parts are not an accepted layout")]
    [TestCase("05/01/90", "not a recognised date format", TestName = "A two-digit year is refused")]
    [TestCase("01-Mai-1990", "not a recognised date format", TestName = "A month name in another language is refused")]
    [TestCase("1990-05-01T25:00", "not a recognised date format", TestName = "An impossible time after the date is refused")]
    [TestCase("not known", "not a recognised date format", TestName = "Words are refused")]
    [TestCase("   ", "empty", TestName = "A blank value is refused as empty")]
    public void Refusals_say_why_without_the_value(string raw, string reasonPart)
    {
        var result = DateOfBirthParser.Parse(raw, RunDate);

        result.Success.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain(reasonPart);
        result.Error.ShouldBeAReasonThatDoesNotLeak(raw);
    }

    [Test]
    public void Without_a_limit_a_future_date_is_accepted()
    {
        DateOfBirthParser.Parse("2099-01-01").Success.ShouldBeTrue();
    }

    [Test]
    public void The_limit_date_itself_is_accepted()
    {
        DateOfBirthParser.Parse("01/06/2025", RunDate).Success.ShouldBeTrue();
    }
}
