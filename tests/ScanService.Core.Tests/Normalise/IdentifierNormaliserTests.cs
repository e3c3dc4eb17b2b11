using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

public class IdentifierNormaliserTests
{
    [TestCase("qq 12 34 56 c", "QQ123456C")]
    [TestCase("QQ-12-34-56-C", "QQ123456C")]
    [TestCase(" 0123/45678 ", "012345678")]
    public void Formatting_is_dropped_and_letters_are_upper_case(string raw, string expected)
    {
        IdentifierNormaliser.Normalise(raw).ShouldBe(expected);
    }

    [Test]
    public void A_value_already_normalised_is_returned_as_it_is_and_any_other_is_rewritten()
    {
        var written = new string("QQ123456C".AsSpan());

        IdentifierNormaliser.Normalise(written).ShouldBeSameAs(written);
        IdentifierNormaliser.Normalise("QQ123456c").ShouldBe("QQ123456C");
        IdentifierNormaliser.Normalise("QQ 123456C").ShouldBe("QQ123456C");
        IdentifierNormaliser.Normalise("").ShouldBe("");
    }

    [Test]
    public void Only_identifier_columns_become_identifiers_and_placeholders_are_reported_not_kept()
    {
        var dropped = new List<string>();
        var identifiers = IdentifierNormaliser.FromAttributes(
            [
                KeyValuePair.Create("NI_Number", "qq 12 34 56 c"),
                KeyValuePair.Create("workers_present", "19"),
                KeyValuePair.Create("passport_number", "N/A"),
            ],
            (column, reason) => dropped.Add($"{column}: {reason}"));

        identifiers.ShouldBe([new PersonIdentifier("ni_number", "QQ123456C")]);
        dropped.ShouldHaveSingleItem().ShouldStartWith("passport_number: ");
    }
}
