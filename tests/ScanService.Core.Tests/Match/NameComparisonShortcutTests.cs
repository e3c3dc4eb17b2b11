using ScanService.Match.Names;
using ScanService.Match.Text;
using ScanService.Model;

namespace ScanService.Core.Tests.Match;

/// <summary>
/// The work name comparison does once per word or per name instead of once per pair, and the cheap bound that
/// settles most typo tests: each must give exactly what working it out for the pair gives.
/// </summary>
public class NameComparisonShortcutTests
{
    private static readonly string[] Words =
    [
        "mohammed", "mohamed", "muhammad", "ahmed", "ahmad", "smith", "smyth", "nguyen", "ngyuen", "wisniewski",
        "wisnewski", "kate", "cate", "katelin", "lin", "abdul", "rahman", "abdulrahman", "abdelrahman", "a", "al",
        "maria", "mario", "martha", "marhta", "dixon", "dicksonn", "jones", "johnson", "oldham road", "oldham rd",
        "manchester", "manchestr", "m", "mm", "xyzzy", "stanley street", "stanley stret", "winston hills", "winston hils",
    ];

    private static IEnumerable<double> Thresholds() => [0.85, 0.88];

    [Test]
    public void A_similarity_asked_for_from_a_threshold_is_below_it_exactly_when_the_full_similarity_is([ValueSource(nameof(Thresholds))] double threshold)
    {
        foreach (var a in Words)
        {
            foreach (var b in Words)
            {
                var full = JaroWinkler.Similarity(a, b);
                var bounded = JaroWinkler.SimilarityFrom(a, b, threshold);

                (bounded >= threshold).ShouldBe(full >= threshold, $"{a} / {b}");
                if (full >= threshold)
                {
                    bounded.ShouldBe(full, $"{a} / {b}");
                }
            }
        }
    }

    [Test]
    public void The_bounds_from_lengths_and_from_shared_letters_are_never_below_the_similarity_on_random_words()
    {
        var random = new Random(7);
        const string letters = "aabeehiklmnorstuyzéł";
        string Word() => new([.. Enumerable.Range(0, random.Next(1, 13)).Select(_ => letters[random.Next(letters.Length)])]);
        int ruledOutByLength = 0, ruledOutByLetters = 0;

        for (var i = 0; i < 20_000; i++)
        {
            var (a, b) = (Word(), Word());
            var full = JaroWinkler.Similarity(a, b);
            var byLength = JaroWinkler.LengthBound(a, b);

            byLength.ShouldBeGreaterThanOrEqualTo(full - 1e-12, $"{a} / {b}");
            var byLetters = JaroWinkler.LettersBound(a, JaroWinkler.LettersOf(a), b, JaroWinkler.LettersOf(b));
            byLetters.ShouldBeGreaterThanOrEqualTo(full - 1e-12, $"{a} / {b}");
            JaroWinkler.UpperBound(a, b).ShouldBeGreaterThanOrEqualTo(full - 1e-12, $"{a} / {b}");
            ruledOutByLength += byLength < 0.88 ? 1 : 0;
            ruledOutByLetters += byLetters < 0.88 ? 1 : 0;
        }

        // Each bound must settle a good share of pairs, or it is not worth its place.
        ruledOutByLength.ShouldBeGreaterThan(2_000);
        ruledOutByLetters.ShouldBeGreaterThan(ruledOutByLength + 2_000);
    }

    [Test]
    public void A_typo_found_from_word_facts_is_the_typo_found_from_the_words()
    {
        foreach (var a in Words)
        {
            foreach (var b in Words)
            {
                TokenRules.TypoScore(Facts(a), Facts(b)).ShouldBe(TokenRules.TypoScore(a, b), $"{a} / {b}");
            }
        }
    }

    private static TokenFacts Facts(string word) => NameTokens.Of(new PersonName([word], [])).Facts[0];

    [Test]
    public void Words_sharing_too_few_letters_are_settled_without_matching_them()
    {
        // Similar enough to have a similarity, too far apart to reach a typo's: the bound answers 0.
        JaroWinkler.Similarity("mohammed", "ahmed").ShouldBeGreaterThan(0);
        JaroWinkler.SimilarityFrom("mohammed", "ahmed", 0.88).ShouldBe(0);
        JaroWinkler.SimilarityFrom("wisniewski", "wisnewski", 0.88).ShouldBe(JaroWinkler.Similarity("wisniewski", "wisnewski"));
    }

    [Test]
    public void The_spelling_key_of_neighbouring_words_joined_is_the_key_of_the_words_written_together()
    {
        var facts = NameTokens.Of(new PersonName(["abd", "al", "rahman"], ["ali"]));

        facts.JoinedKey(0, 2).ShouldBe(NameVariantKey.Of("abdal"));
        facts.JoinedKey(0, 3).ShouldBe(NameVariantKey.Of("abdalrahman"));
        facts.JoinedKey(1, 2).ShouldBe(NameVariantKey.Of("alrahman"));
        facts.JoinedKey(1, 3).ShouldBe(NameVariantKey.Of("alrahmanali"));
        facts.JoinedKey(2, 2).ShouldBe(NameVariantKey.Of("rahmanali"));
    }

    [Test]
    public void Words_with_an_initial_among_them_have_no_joined_key()
    {
        var facts = NameTokens.Of(new PersonName(["john", "f", "kennedy"], ["smith"]));

        facts.JoinedKey(0, 2).ShouldBeNull();
        facts.JoinedKey(0, 3).ShouldBeNull();
        facts.JoinedKey(1, 2).ShouldBeNull();
        facts.JoinedKey(2, 2).ShouldBe(NameVariantKey.Of("kennedysmith"));
    }

    [Test]
    public void A_words_remembered_facts_are_those_worked_out_for_it()
    {
        foreach (var word in Words.Where(w => !w.Contains(' ')))
        {
            var first = TokenFactsCache.Of(word);
            var again = TokenFactsCache.Of(new string(word.AsSpan()));

            again.ShouldBe(first);
            first.Text.ShouldBe(word);
            first.Key.ShouldBe(NameVariantKey.Of(word));
            first.Sound.ShouldBe(DoubleMetaphone.Encode(word, NameTokens.SoundLength));
            first.Nickname.ShouldBe(NicknameTable.Shared.Find(word));
        }
    }
}
