using System.Globalization;
using ScanService.Match.Blocking;
using ScanService.Match.Text;

namespace ScanService.Core.Tests.Match;

/// <summary>The pieces of blocking keys written once and remembered are exactly the text they stand for.</summary>
public class BlockingKeyTextTests
{
    [Test]
    public void A_remembered_year_is_the_year_written_out()
    {
        foreach (var year in new[] { -5, 0, 7, 999, 1799, 1800, 1900, 1987, 2026, 2200, 2201, 12345 })
        {
            KeyText.Year(year).ShouldBe(year.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Test]
    public void A_remembered_birthday_is_month_and_day_as_two_digits_each()
    {
        for (var month = 0; month <= 13; month++)
        {
            for (var day = 0; day <= 33; day++)
            {
                KeyText.MonthDay(month, day).ShouldBe(string.Create(CultureInfo.InvariantCulture, $"{month:00}{day:00}"));
            }
        }

        KeyText.MonthDay(100, 1).ShouldBe("10001");
    }

    [Test]
    public void A_remembered_sound_key_is_the_words_soundex()
    {
        foreach (var word in new[] { "mohammed", "smith", "smyth", "nguyen", "a", "oldham", "mohammed" })
        {
            SoundKey.Of(word).ShouldBe(Soundex.Encode(word));
        }

        SoundKey.Of(new string("smith".AsSpan())).ShouldBeSameAs(SoundKey.Of("smith"));
    }

    [Test]
    public void A_word_cut_from_a_longer_text_has_the_words_sound_key()
    {
        foreach (var street in new[] { "oldham road", "cheetham hill road", "oldham road", "st marys gate" })
        {
            var word = street.AsSpan(0, street.IndexOf(' '));
            SoundKey.Of(word).ShouldBe(Soundex.Encode(word.ToString()));
            SoundKey.Of(word).ShouldBeSameAs(SoundKey.Of(word.ToString()));
        }
    }
}
