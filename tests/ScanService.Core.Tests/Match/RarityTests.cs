using ScanService.Match;
using ScanService.Match.Frequencies;
using ScanService.Model;
using ScanService.Rules;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

public class RarityTests
{
    private static readonly LinkRule PersonRule = new("same-person", 1, "Same person", "high", true, null, null,
        [
            new RuleComparison("name", new Dictionary<string, double> { ["exact"] = 6, ["different"] = -5 }),
            new RuleComparison("date_of_birth", new Dictionary<string, double> { ["exact"] = 5, ["year_only"] = 1 }),
        ],
        9, "same-person.yaml")
    {
        Rarity = new Dictionary<string, RarityLimit> { ["name"] = RarityLimit.Symmetric(3) },
    };

    /// <summary>A night where "mohammed ahmed" is very common and "klodiana xhaferi" appears once.</summary>
    private static TokenFrequencies Night()
    {
        var records = Enumerable.Range(0, 200).Select(i => Record($"C{i}", name: Name("mohammed", "ahmed")))
            .Concat(Enumerable.Range(0, 800).Select(i => Record($"B{i}", name: Name($"given{i}", $"family{i}"))))
            .Append(Record("R", name: Name("klodiana", "xhaferi")));
        return TokenFrequencies.Count(records, []);
    }

    [Test]
    public void A_rare_word_has_positive_rarity_and_a_common_word_negative()
    {
        var night = Night();

        night.Rarity("xhaferi").ShouldBeGreaterThan(0);
        night.Rarity("mohammed").ShouldBeLessThan(0);
    }

    [Test]
    public void Agreeing_on_a_rare_name_scores_more_than_agreeing_on_a_common_one()
    {
        var night = Night();
        var rare = RuleScorer.Score(PersonRule, Record(name: Name("klodiana", "xhaferi")), Subject(name: Name("klodiana", "xhaferi")), night);
        var common = RuleScorer.Score(PersonRule, Record(name: Name("mohammed", "ahmed")), Subject(name: Name("mohammed", "ahmed")), night);

        rare.Total.ShouldBeGreaterThan(6);
        common.Total.ShouldBeLessThan(6);
        rare.Explain().ShouldContain("rare name +");
        common.Explain().ShouldContain("common name −");
    }

    [Test]
    public void The_adjustment_never_exceeds_the_rules_limit()
    {
        var score = RuleScorer.Score(PersonRule, Record(name: Name("klodiana", "xhaferi")), Subject(name: Name("klodiana", "xhaferi")), Night());

        score.Evidence[0].Weight.ShouldBeLessThanOrEqualTo(6 + 3);
    }

    [Test]
    public void A_rare_name_with_only_a_matching_birth_year_can_reach_the_threshold_where_a_common_one_cannot()
    {
        var night = Night();
        var rare = RuleScorer.Score(PersonRule,
            Record(name: Name("klodiana", "xhaferi"), dob: new DateOfBirth(1996, 1, 1)),
            Subject(name: Name("klodiana", "xhaferi"), dob: new DateOfBirth(1996, 1, 1)), night);
        var common = RuleScorer.Score(PersonRule,
            Record(name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1996, 1, 1)),
            Subject(name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1996, 1, 1)), night);

        rare.IsLink.ShouldBeTrue();
        common.IsLink.ShouldBeFalse();
    }

    [Test]
    public void Rarity_does_not_soften_a_disagreement()
    {
        var score = RuleScorer.Score(PersonRule, Record(name: Name("klodiana", "xhaferi")), Subject(name: Name("arben", "krasniqi")), Night());

        score.Evidence[0].Weight.ShouldBe(-5);
    }

    [Test]
    public void A_common_name_loses_no_more_than_the_common_limit_while_a_rare_one_still_gains_up_to_the_rare_limit()
    {
        var night = Night();
        var lopsided = PersonRule with { Rarity = new Dictionary<string, RarityLimit> { ["name"] = new RarityLimit(3, 0.5) } };
        var common = RuleScorer.Score(lopsided, Record(name: Name("mohammed", "ahmed")), Subject(name: Name("mohammed", "ahmed")), night);
        var rare = RuleScorer.Score(lopsided, Record(name: Name("klodiana", "xhaferi")), Subject(name: Name("klodiana", "xhaferi")), night);
        var symmetric = RuleScorer.Score(PersonRule, Record(name: Name("mohammed", "ahmed")), Subject(name: Name("mohammed", "ahmed")), night);

        symmetric.Evidence[0].Weight.ShouldBeLessThan(6 - 0.5, "the common name's full penalty, for comparison");
        common.Evidence[0].Weight.ShouldBe(6 - 0.5);
        common.Explain().ShouldContain("common name −0.5");
        rare.Evidence[0].Weight.ShouldBe(RuleScorer.Score(PersonRule, Record(name: Name("klodiana", "xhaferi")), Subject(name: Name("klodiana", "xhaferi")), night).Evidence[0].Weight);
    }

    [Test]
    public void A_night_counted_in_slices_on_every_core_gives_each_word_what_one_plain_count_gives()
    {
        // More records than one slice holds, so that several slices are counted apart and added up; words repeat
        // within a person (counted once) and across slices.
        var random = new Random(20261124);
        var words = Enumerable.Range(0, 300).Select(i => $"word{i}").ToArray();
        var records = Enumerable.Range(0, 40_000).Select(i => Record($"R{i}", name: Name(
            $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}", words[random.Next(30)]))).ToList();
        var subjects = new[] { Subject("S1", name: Name("klodiana", "xhaferi")), Subject("S2", name: Name("word1", "word1")) };

        var counted = TokenFrequencies.Count(records, subjects);

        var plain = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var person in records.Select(r => r.Name.Tokens).Concat(subjects.Select(s => s.Names.SelectMany(n => n.Tokens).ToList())))
        {
            foreach (var word in person.Distinct(StringComparer.Ordinal))
            {
                plain[word] = plain.GetValueOrDefault(word) + 1;
            }
        }

        double total = plain.Values.Sum();
        foreach (var (word, count) in plain)
        {
            counted.Probability(word).ShouldBe(count / total, word);
        }

        counted.AverageAgreement.ShouldBe(plain.Values.Sum(c => (c / total) * (c / total)), 1e-12);
    }
}
