using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

// UK numbers come from Ofcom's ranges reserved for drama; foreign numbers are made up.
public class PhoneNormaliserTests
{
    [TestCase("07700 900123", "+447700900123")]
    [TestCase("+44 (0)7700 900123", "+447700900123")]
    [TestCase("+44 (0) 7700 900123", "+447700900123")]
    [TestCase("0044 7700 900123", "+447700900123")]
    [TestCase("0044 (0)7700 900123", "+447700900123")]
    [TestCase("+4407700900123", "+447700900123")]
    [TestCase("447700900123", "+447700900123")]
    [TestCase("07700-900-123", "+447700900123")]
    [TestCase("07700.900.123", "+447700900123")]
    [TestCase(" 07700\u00A0900\u2013123 ", "+447700900123")]
    [TestCase("(0161) 496 0123", "+441614960123")]
    [TestCase("0161/496 0123", "+441614960123")]
    [TestCase("020 7946 0999", "+442079460999")]
    [TestCase("+44 20 7946 0000", "+442079460000")]
    [TestCase("08081 570123", "+448081570123")]
    [TestCase("03069 990456", "+443069990456")]
    public void Uk_numbers_in_any_layout_become_e164(string raw, string expected)
    {
        PhoneNormaliser.Normalise(raw).Value.ShouldBe(expected);
    }

    [TestCase("7700900123", "+447700900123", TestName = "A mobile that lost its leading zero in a spreadsheet is restored")]
    [TestCase("1614960123", "+441614960123", TestName = "A 01 landline that lost its leading zero is restored")]
    [TestCase("2079460123", "+442079460123", TestName = "A 02 landline that lost its leading zero is restored")]
    [TestCase("'07700900123", "+447700900123", TestName = "A spreadsheet text apostrophe is ignored")]
    [TestCase("Mob: 07700 900123", "+447700900123", TestName = "A label ending in a colon is ignored")]
    [TestCase("07700 900123 (mobile)", "+447700900123", TestName = "A label in brackets after the number is ignored")]
    [TestCase("07700 900123 ext 12", "+447700900123", TestName = "An extension is dropped and the main number kept")]
    [TestCase("0161 496 0123 x204", "+441614960123", TestName = "An x extension is dropped")]
    [TestCase("0161 496 0123 Extn. 7", "+441614960123", TestName = "An Extn extension is dropped")]
    public void Spreadsheet_damage_and_decoration_are_repaired(string raw, string expected)
    {
        PhoneNormaliser.Normalise(raw).Value.ShouldBe(expected);
    }

    [TestCase("+40 712 345 678", "+40712345678")]
    [TestCase("0040712345678", "+40712345678")]
    [TestCase("0040 (0)712 345 678", "+40712345678")]
    [TestCase("+355 69 123 4567", "+355691234567")]
    [TestCase("+84 91 234 5678", "+84912345678")]
    [TestCase("+234 803 123 4567", "+2348031234567")]
    [TestCase("+49 (0)30 1234 5678", "+493012345678")]
    [TestCase("+1 (555) 010-0199", "+15550100199")]
    public void International_numbers_keep_their_country_code(string raw, string expected)
    {
        PhoneNormaliser.Normalise(raw).Value.ShouldBe(expected);
    }

    [TestCase("n/a", "letters", TestName = "N/A is refused as letters")]
    [TestCase("unknown", "letters", TestName = "Unknown is refused as letters")]
    [TestCase("tel 07700 900123", "letters", TestName = "A label without a colon is refused as letters")]
    [TestCase("07700 900123!", "characters not used", TestName = "Stray symbols are refused")]
    [TestCase("+44 +7700 900123", "characters not used", TestName = "A second plus sign is refused")]
    [TestCase("()", "no digits", TestName = "Brackets alone are refused")]
    [TestCase("12345", "too few digits", TestName = "Five digits are too few")]
    [TestCase("07700 90012", "10 digits after the leading 0", TestName = "A UK number one digit short is refused")]
    [TestCase("077009001234", "10 digits after the leading 0", TestName = "A UK number one digit long is refused")]
    [TestCase("+44 7700 90012", "10 digits after the leading 0", TestName = "A +44 number one digit short is refused")]
    [TestCase("+44 7700 9001234", "10 digits after the leading 0", TestName = "A +44 number one digit long is refused")]
    [TestCase("04700 900123", "must start 01", TestName = "A UK number in an unused range is refused")]
    [TestCase("+1 234 56", "8 to 15 digits", TestName = "An international number too short is refused")]
    [TestCase("+40 712 345 678 901 234", "8 to 15 digits", TestName = "An international number too long is refused")]
    [TestCase("+0 1234 56789", "country code cannot start with 0", TestName = "A country code starting with 0 is refused")]
    [TestCase("40712345678", "no leading 0 or country code", TestName = "A foreign number without its + or 00 is refused")]
    [TestCase("07700 900123 07700 900456 07", "too many digits", TestName = "Several numbers run together are refused")]
    [TestCase("  ", "empty", TestName = "A blank number is refused as empty")]
    public void Refusals_say_why_without_the_number(string raw, string reasonPart)
    {
        var result = PhoneNormaliser.Normalise(raw);

        result.Success.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain(reasonPart);
        result.Error.ShouldBeAReasonThatDoesNotLeak(raw);
    }

    [Test]
    public void Normalising_allocates_nothing_but_the_result()
    {
        const string raw = "+44 (0)7700 900123 ext 12";
        PhoneNormaliser.Normalise(raw);

        long before = GC.GetAllocatedBytesForCurrentThread();
        string number = PhoneNormaliser.Normalise(raw).Value;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBeLessThanOrEqualTo(32 + (2 * number.Length));
    }
}
