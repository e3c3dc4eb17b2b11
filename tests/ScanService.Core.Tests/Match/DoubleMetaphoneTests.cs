using ScanService.Match.Text;

namespace ScanService.Core.Tests.Match;

public class DoubleMetaphoneTests
{
    // Expectations traced by hand through the published rules (Philips, C/C++ Users Journal, June 2000).
    // Thompson is TMPS, not TMSN: TH before OM is a plain T, and P is silent only before P or B.
    [TestCase("smith", "SM0", "XMT", TestName = "Smith is SM0 with the Germanic alternative XMT")]
    [TestCase("schmidt", "XMT", "SMT", TestName = "Schmidt is XMT with the anglicised alternative SMT, sharing XMT with Smith")]
    [TestCase("thompson", "TMPS", "TMPS", TestName = "Thompson keeps a plain T before OM and its P")]
    [TestCase("johnson", "JNSN", "ANSN", TestName = "An initial J may also sound Y")]
    [TestCase("williams", "ALMS", "FLMS", TestName = "An initial W before a vowel may also sound V")]
    [TestCase("jones", "JNS", "ANS", TestName = "Jones is JNS or ANS")]
    [TestCase("brown", "PRN", "PRN", TestName = "A W after a vowel inside a word is silent")]
    [TestCase("knight", "NT", "NT", TestName = "An initial KN drops the K and IGH is silent")]
    [TestCase("xavier", "SF", "SFR", TestName = "An initial X sounds S and a French final IER may drop the R")]
    [TestCase("katherine", "K0RN", "KTRN", TestName = "TH is TH with a plain T alternative")]
    [TestCase("catherine", "K0RN", "KTRN", TestName = "Catherine with a C sounds the same as Katherine")]
    [TestCase("richard", "RXRT", "RKRT", TestName = "CH inside an English word may also be hard")]
    [TestCase("michael", "MKL", "MXL", TestName = "CHAE as in Michael is hard, with a soft alternative")]
    [TestCase("geoff", "JF", "KF", TestName = "A G before E is soft with a hard alternative")]
    [TestCase("through", "0R", "TR", TestName = "GH after a letter group with H three back is silent")]
    [TestCase("gough", "KF", "KF", TestName = "OUGH after G sounds F")]
    [TestCase("schwein", "XN", "XFN", TestName = "A SCH word may sound its W as V")]
    [TestCase("jose", "HS", "HS", TestName = "Spanish José sounds H")]
    [TestCase("caesar", "SSR", "SSR", TestName = "Caesar starts with S")]
    [TestCase("heidi", "HT", "HT", TestName = "An initial H before a vowel is kept")]
    [TestCase("zhao", "J", "J", TestName = "Pinyin ZH sounds J")]
    [TestCase("mohammed", "MHMT", "MHMT", TestName = "Mohammed keeps H between vowels")]
    [TestCase("muhammad", "MHMT", "MHMT", TestName = "Muhammad sounds like Mohammed")]
    [TestCase("yusuf", "ASF", "ASF", TestName = "Yusuf sounds ASF")]
    [TestCase("yousef", "ASF", "ASF", TestName = "Yousef sounds like Yusuf")]
    [TestCase("cambrillo", "KMPR", "KMPR", TestName = "Keys stop at four sounds by default")]
    public void Words_get_their_published_keys(string word, string primary, string alternate)
    {
        DoubleMetaphone.Encode(word).ShouldBe(new MetaphoneKeys(primary, alternate));
    }

    [Test]
    public void Longer_keys_may_be_asked_for_and_keep_the_alternate_rules()
    {
        DoubleMetaphone.Encode("cambrillo", 12).ShouldBe(new MetaphoneKeys("KMPRL", "KMPR"));
        DoubleMetaphone.Encode("gebremedhin", 12).Primary.ShouldBe("KPRMTN");
        DoubleMetaphone.Encode("gebremeskel", 12).Primary.ShouldBe("KPRMSKL");
    }

    [Test]
    public void Upper_case_input_is_encoded_like_lower_case()
    {
        DoubleMetaphone.Encode("SMITH").ShouldBe(DoubleMetaphone.Encode("smith"));
    }

    [Test]
    public void An_empty_word_has_empty_keys_that_share_nothing()
    {
        var empty = DoubleMetaphone.Encode("");

        empty.ShouldBe(MetaphoneKeys.Empty);
        empty.SharesKeyWith(empty).ShouldBeFalse();
    }

    [Test]
    public void Smith_and_Schmidt_share_a_key()
    {
        DoubleMetaphone.Encode("smith").SharesKeyWith(DoubleMetaphone.Encode("schmidt")).ShouldBeTrue();
    }

    [Test]
    public void Encoding_allocates_only_the_result_strings()
    {
        DoubleMetaphone.Encode("gebremedhin", 12);
        var before = GC.GetAllocatedBytesForCurrentThread();
        DoubleMetaphone.Encode("gebremedhin", 12);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Two short strings (primary and alternate) at most.
        allocated.ShouldBeLessThanOrEqualTo(2 * 64);
    }
}
