using ScanService.Model;

namespace ScanService.Core.Tests.Model;

public sealed class KeyTokenTests
{
    private const string Digest = "0123456789abcdef00ff10203040a0b0";

    [Test]
    public void A_digest_text_is_held_as_a_digest_and_spelled_back_the_same()
    {
        var token = KeyToken.Of(Digest);

        token.IsDigest.ShouldBeTrue();
        token.ToString().ShouldBe(Digest);
        token.AsSpan(new char[KeyToken.DigestLength]).ToString().ShouldBe(Digest);
    }

    [Test]
    public void A_token_made_from_characters_equals_the_one_made_from_the_same_string()
    {
        string[] texts = [Digest, Digest.ToUpperInvariant(), Digest[..31], "ref-1", string.Empty];
        foreach (var text in texts)
        {
            var fromCharacters = KeyToken.Of(text.AsSpan());

            fromCharacters.ShouldBe(KeyToken.Of(text), text);
            fromCharacters.IsDigest.ShouldBe(KeyToken.Of(text).IsDigest, text);
            fromCharacters.ToString().ShouldBe(text);
        }
    }

    [Test]
    public void A_token_made_from_utf8_equals_the_one_made_from_the_same_string()
    {
        string[] texts = [Digest, Digest.ToUpperInvariant(), Digest[..31], Digest + "0", Digest[..31] + "g", "ref-1", "réf-1", string.Empty];
        foreach (var text in texts)
        {
            var fromUtf8 = KeyToken.OfUtf8(System.Text.Encoding.UTF8.GetBytes(text));

            fromUtf8.ShouldBe(KeyToken.Of(text), text);
            fromUtf8.IsDigest.ShouldBe(KeyToken.Of(text).IsDigest, text);
            fromUtf8.GetHashCode().ShouldBe(KeyToken.Of(text).GetHashCode(), text);
            fromUtf8.ToString().ShouldBe(text);
        }
    }

    [Test]
    public void A_digest_made_from_bytes_equals_the_same_digest_read_back_as_text()
    {
        var bytes = Convert.FromHexString(Digest);

        var made = KeyToken.OfDigest(bytes);

        made.ShouldBe(KeyToken.Of(Digest));
        made.GetHashCode().ShouldBe(KeyToken.Of(Digest).GetHashCode());
        made.ToString().ShouldBe(Digest);
    }

    [TestCase("")]
    [TestCase("NRM-000123")]
    [TestCase("0123456789ABCDEF00FF10203040A0B0")]
    [TestCase("0123456789abcdef00ff10203040a0b")]
    [TestCase("0123456789abcdef00ff10203040a0b0a")]
    [TestCase("0123456789abcdef00ff10203040a0bg")]
    public void Other_text_is_held_as_it_is(string text)
    {
        var token = KeyToken.Of(text);

        token.IsDigest.ShouldBeFalse();
        token.ToString().ShouldBeSameAs(text);
        token.AsSpan(new char[KeyToken.DigestLength]).ToString().ShouldBe(text);
    }

    [Test]
    public void Tokens_are_equal_exactly_when_their_texts_are()
    {
        string[] texts = [Digest, Digest.ToUpperInvariant(), "0000000000000000" + Digest[16..], Digest[..16] + "0000000000000000", "ref-1", "ref-2", string.Empty];

        foreach (var a in texts)
        {
            foreach (var b in texts)
            {
                (KeyToken.Of(a) == KeyToken.Of(b)).ShouldBe(string.Equals(a, b, StringComparison.Ordinal), $"{a} against {b}");
            }
        }
    }
}
