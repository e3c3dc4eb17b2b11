using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

public class RecordDateParserTests
{
    [TestCase("2025-06-01")]
    [TestCase(" 2025-06-01 ")]
    [TestCase("2025-06-01T14:05")]
    [TestCase("2025-06-01T14:05:00")]
    [TestCase("2025-06-01T14:05:00Z")]
    [TestCase("2025-06-01T14:05:00.1234567+01:00")]
    [TestCase("2025-06-01T23:30:00-05:00")]
    [TestCase("2025-06-01T00:30:00+0100")]
    [TestCase("2025-06-01 14:05:00")]
    [TestCase("20250601")]
    [TestCase("01/06/2025")]
    [TestCase("1/6/2025")]
    [TestCase("01/06/2025 14:05")]
    [TestCase("01/06/2025 14:05:33")]
    public void Iso_and_day_first_dates_give_the_date_as_written(string raw)
    {
        var result = RecordDateParser.Parse(raw);

        result.Success.ShouldBeTrue(result.Error);
        result.Value.ShouldBe(new DateOnly(2025, 6, 1));
    }

    [TestCase("06/31/2025", "month out of range", TestName = "A month-first record date is refused")]
    [TestCase("31/06/2025", "day does not exist", TestName = "The thirty-first of June is refused")]
    [TestCase("2025-13-01", "month out of range", TestName = "Month thirteen is refused")]
    [TestCase("1899-01-01", "year before 1900", TestName = "A record date before 1900 is refused")]
    [TestCase("01-Jun-2025", "not a recognised date format", TestName = "A named month is not an ISO record date")]
    [TestCase("2025-06-01T14:05:00+25:00", "not a recognised date format", TestName = "An impossible offset is refused")]
    [TestCase("2025-06-01T", "not a recognised date format", TestName = "A dangling time separator is refused")]
    [TestCase("01/06/2025 2pm", "not a recognised date format", TestName = "A time in words is refused")]
    [TestCase("yesterday", "not a recognised date format", TestName = "Words are refused")]
    [TestCase("", "empty", TestName = "An empty record date is refused as empty")]
    public void Refusals_say_why_without_the_value(string raw, string reasonPart)
    {
        var result = RecordDateParser.Parse(raw);

        result.Success.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain(reasonPart);
        result.Error.ShouldBeAReasonThatDoesNotLeak(raw);
    }
}
