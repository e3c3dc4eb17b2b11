using ScanService.Match;

namespace ScanService.Core.Tests.Match;

public class MaskingTests
{
    [TestCase("+447700900123")]
    [TestCase("+447700900000")]
    [TestCase("+447700900999")]
    [TestCase("+4477009001x3")]
    [TestCase("+44")]
    [TestCase("")]
    public void A_labelled_phone_is_the_word_phone_and_its_masked_ending(string e164) =>
        Masking.LabelledPhone(e164).ShouldBe("phone " + Masking.Phone(e164));

    [Test]
    public void A_phone_ending_in_three_digits_is_labelled_from_a_table_without_a_new_string()
    {
        var first = Masking.LabelledPhone("+447700900123");

        Masking.LabelledPhone("+447700900123").ShouldBeSameAs(first);
        Masking.LabelledPhone("+447700900124").ShouldBe("phone …124");
    }
}
