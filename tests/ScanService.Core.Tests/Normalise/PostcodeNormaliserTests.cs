using ScanService.Normalise;

namespace ScanService.Core.Tests.Normalise;

public class PostcodeNormaliserTests
{
    private static readonly string ValidationFile =
        Path.Combine(Path.GetDirectoryName(typeof(PostcodeNormaliserTests).Assembly.Location)!, "Normalise", "Data", "validation.csv");

    [TestCase("m88ep", "M8 8EP")]
    [TestCase("M8 8EP", "M8 8EP")]
    [TestCase("  m8   8ep ", "M8 8EP")]
    [TestCase("M8\t8EP", "M8 8EP")]
    [TestCase("sw1a1aa", "SW1A 1AA")]
    [TestCase("W1A 0AX", "W1A 0AX")]
    [TestCase("ec1a1bb", "EC1A 1BB")]
    [TestCase("B338TH", "B33 8TH")]
    [TestCase("cr2 6xh", "CR2 6XH")]
    [TestCase("DN551PT", "DN55 1PT")]
    [TestCase("L1 8JQ", "L1 8JQ")]
    [TestCase("bt358ge", "BT35 8GE")]
    [TestCase("GIR0AA", "GIR 0AA")]
    [TestCase("gir 0aa", "GIR 0AA")]
    public void Postcodes_in_any_case_and_spacing_become_canonical(string raw, string expected)
    {
        PostcodeNormaliser.Normalise(raw).Value.ShouldBe(expected);
    }

    [TestCase("Q1 1AA", "outward code", TestName = "Q cannot start a postcode")]
    [TestCase("V1 1AA", "outward code", TestName = "V cannot start a postcode")]
    [TestCase("X1 1AA", "outward code", TestName = "X cannot start a postcode")]
    [TestCase("AI1 1AA", "outward code", TestName = "I cannot be the second letter")]
    [TestCase("AJ1 1AA", "outward code", TestName = "J cannot be the second letter")]
    [TestCase("AZ1 1AA", "outward code", TestName = "Z cannot be the second letter")]
    [TestCase("W1I 1AA", "outward code", TestName = "I cannot end an A9A outward code")]
    [TestCase("SW1C 1AA", "outward code", TestName = "C cannot end an AA9A outward code")]
    [TestCase("1A1 1AA", "outward code", TestName = "An outward code must start with a letter")]
    [TestCase("SW123 1AA", "wrong length", TestName = "An outward code of five characters is too long")]
    [TestCase("M1 1CA", "inward code", TestName = "C is not an inward letter")]
    [TestCase("M1 1AV", "inward code", TestName = "V is not an inward letter")]
    [TestCase("M1 AAA", "inward code", TestName = "The inward code must start with a digit")]
    [TestCase("EH1 JS", "outward code", TestName = "A postcode missing a character is refused")]
    [TestCase("M1", "wrong length", TestName = "An outward code alone is refused")]
    [TestCase("M1-1AA", "characters not used", TestName = "A hyphen is refused")]
    [TestCase("Definitely wrong", "wrong length", TestName = "Words are refused")]
    [TestCase("", "empty", TestName = "An empty postcode is refused as empty")]
    public void Refusals_say_why_without_the_postcode(string raw, string reasonPart)
    {
        var result = PostcodeNormaliser.Normalise(raw);

        result.Success.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain(reasonPart);
        result.Error.ShouldBeAReasonThatDoesNotLeak(raw);
    }

    [TestCaseSource(nameof(ValidationRows))]
    public void Every_row_of_the_published_validation_set_is_judged_as_expected(string postcode, bool expectedValid)
    {
        var result = PostcodeNormaliser.Normalise(postcode);

        result.Success.ShouldBe(expectedValid, result.Error);
        if (expectedValid)
        {
            result.Value.Replace(" ", "").ShouldBe(postcode.Replace(" ", "").ToUpperInvariant());
        }
    }

    [Test]
    public void The_validation_set_is_copied_beside_the_tests()
    {
        File.ReadLines(ValidationFile).Count().ShouldBeGreaterThan(1);
    }

    [Test]
    public void Normalising_allocates_nothing_but_the_result()
    {
        PostcodeNormaliser.Normalise("sw1a1aa");

        long before = GC.GetAllocatedBytesForCurrentThread();
        string postcode = PostcodeNormaliser.Normalise("sw1a1aa").Value;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBeLessThanOrEqualTo(32 + (2 * postcode.Length));
    }

    private static IEnumerable<TestCaseData> ValidationRows() =>
        File.ReadLines(ValidationFile)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(cells => new TestCaseData(cells[0], bool.Parse(cells[1])).SetArgDisplayNames(cells[0], cells[1]));
}
