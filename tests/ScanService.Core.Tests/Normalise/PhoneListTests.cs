using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

public class PhoneListTests
{
    [TestCase("07700 900123; 0161 496 0123", "+447700900123 +441614960123", TestName = "Numbers separated by semicolons are all read")]
    [TestCase("07700 900123;07700 900123", "+447700900123", TestName = "A repeated number is kept once")]
    [TestCase("07700 900123; +44 (0)7700 900123", "+447700900123", TestName = "One number in two layouts is kept once")]
    [TestCase("07700 900123, 0161 496 0123", "+447700900123 +441614960123", TestName = "Numbers separated by a comma are all read")]
    [TestCase("07700 900123 / 0161 496 0123", "+447700900123 +441614960123", TestName = "Numbers separated by a slash are all read")]
    [TestCase("07700 900123 or 0161 496 0123", "+447700900123 +441614960123", TestName = "Numbers separated by or are all read")]
    [TestCase("07700 900123\n020 7946 0123", "+447700900123 +442079460123", TestName = "Numbers on separate lines are all read")]
    [TestCase("0161/496 0123", "+441614960123", TestName = "A slash inside one number is layout")]
    [TestCase("; 07700 900123 ;;", "+447700900123", TestName = "Empty parts are skipped")]
    [TestCase("+40 712 345 678; 07700 900123 ext 3", "+40712345678 +447700900123", TestName = "Foreign and UK numbers mix")]
    public void Every_number_in_the_field_is_read(string raw, string expected)
    {
        var list = PhoneNormaliser.NormaliseList(raw);

        list.Errors.ShouldBeEmpty();
        string.Join(' ', list.Numbers).ShouldBe(expected);
    }

    [TestCase("07700 900123; n/a", "+447700900123", "phone 2: contains letters", TestName = "A junk part is reported by position and the rest kept")]
    [TestCase("unknown", "", "phone 1: contains letters", TestName = "A field of junk gives one error and no numbers")]
    [TestCase("07700 900123/4", "+447700900123", "phone 2: too few digits", TestName = "A shorthand alternative is reported and the full number kept")]
    [TestCase("12345; 0161 496 012", "", "phone 1: too few digits|phone 2: UK number must have 10 digits", TestName = "Each bad part gets its own error")]
    public void Unreadable_parts_are_reported_without_the_number(string raw, string expectedNumbers, string expectedErrors)
    {
        var list = PhoneNormaliser.NormaliseList(raw);

        string.Join(' ', list.Numbers).ShouldBe(expectedNumbers);
        var expected = expectedErrors.Split('|');
        list.Errors.Length.ShouldBe(expected.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            list.Errors[i].ShouldStartWith(expected[i]);
            list.Errors[i].ShouldBeAReasonThatDoesNotLeak(raw);
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_blank_field_has_no_numbers_and_no_errors(string raw)
    {
        var list = PhoneNormaliser.NormaliseList(raw);

        list.Numbers.ShouldBeEmpty();
        list.Errors.ShouldBeEmpty();
    }
}
