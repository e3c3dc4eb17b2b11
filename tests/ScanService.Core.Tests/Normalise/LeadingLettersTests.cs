using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

public class LeadingLettersTests
{
    private readonly LeadingLetters _leading = new(["nfa", "unknown", "flat"]);

    [TestCase("12")]
    [TestCase("Oldham")]
    [TestCase("manchester")]
    [TestCase("Road")]
    public void A_word_starting_with_an_ascii_letter_or_digit_no_phrase_starts_with_is_ruled_out(string word) =>
        _leading.RulesOut(word).ShouldBeTrue();

    [TestCase("NFA")]
    [TestCase("nfa")]
    [TestCase("Unknown")]
    [TestCase("Flat8")]
    [TestCase("F")]
    [TestCase("'Unknown'")]
    [TestCase("-")]
    [TestCase("Ünknown")]
    [TestCase("")]
    public void A_word_that_may_fold_to_the_start_of_a_phrase_is_not_ruled_out(string word) =>
        _leading.RulesOut(word).ShouldBeFalse();

    [Test]
    public void A_digit_is_ruled_out_only_when_no_phrase_starts_with_one() =>
        new LeadingLetters(["2nd floor"]).RulesOut("2/1").ShouldBeFalse();
}
