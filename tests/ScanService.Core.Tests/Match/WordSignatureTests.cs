using ScanService.Match.Names;
using ScanService.Model;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

/// <summary>
/// The word signatures let the quick proof of unpairable words skip the rules; they must never rule out a pairing
/// a rule makes (nickname, spelling key, sound-alike, typo, initial, joined words), and the proof must give the same
/// answer with them as with every rule asked — on the names of the nickname and spelling tables, their typos,
/// initials and joined forms, paired at random and with their own variants.
/// </summary>
public class WordSignatureTests
{
    private const int Seed = 20261124;

    private static readonly string[] Words = TableWords();

    [Test]
    public void A_pairing_any_rule_makes_is_never_ruled_out_by_the_signatures_and_most_other_pairings_are()
    {
        var random = new Random(Seed);
        var pairs = new List<(string, string)>();
        foreach (var group in TableGroups())
        {
            // Every nickname and spelling of one name with every other: the pairs the rules are there for.
            pairs.AddRange(from a in @group from b in @group select (a, b));
        }

        foreach (var word in Words)
        {
            foreach (var variant in Variants(word, random))
            {
                pairs.Add((word, variant));
                pairs.Add((variant, word));
            }
        }

        for (var n = 0; n < 200_000; n++)
        {
            pairs.Add((Words[random.Next(Words.Length)], Words[random.Next(Words.Length)]));
        }

        int paired = 0, unpaired = 0, ruledOut = 0;
        var byKind = new Dictionary<string, int>();
        foreach (var (a, b) in pairs)
        {
            var x = TokenFactsCache.Of(a);
            var y = TokenFactsCache.Of(b);
            var mayPair = WordSignature.MayPair(x.Signature, y.Signature);
            WordSignature.MayPair(y.Signature, x.Signature).ShouldBe(mayPair, $"{a} / {b}: not symmetric");
            if (UnpairableWords.WordsMayPair(x, y))
            {
                mayPair.ShouldBeTrue($"{a} / {b}: the rules pair them ({KindOf(x, y)})");
                paired++;
                byKind[KindOf(x, y)] = byKind.GetValueOrDefault(KindOf(x, y)) + 1;
            }
            else
            {
                unpaired++;
                ruledOut += mayPair ? 0 : 1;
            }
        }

        paired.ShouldBeGreaterThan(5_000);
        byKind.Keys.ShouldBe(["same", "spelling", "nickname", "sound", "typo", "initial"], ignoreOrder: true);
        byKind.Values.ShouldAllBe(count => count >= 20);
        // Without this the signatures would be safe but useless.
        ((double)ruledOut / unpaired).ShouldBeGreaterThan(0.8);
    }

    [Test]
    public void Words_written_together_are_never_ruled_out_as_one_word_of_the_other_name()
    {
        var random = new Random(Seed);
        int joined = 0, bySpelling = 0, checkedRuns = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var count = random.Next(2, NameTokens.MaxJoinedWords + 1);
            var parts = Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]).ToArray();
            var name = Name(string.Join(' ', parts), "").ComparisonFacts;
            var words = new WordSignature[count];
            var runs = new JoinedRun[SignedName.RunSlots(count)];
            SignedName.Write(name, words, runs);
            var signed = new SignedName(words, runs);
            var together = string.Concat(parts);
            // The words written together, a spelling of that, a typo of it, and an unrelated word.
            string[] wholes = [together, together.Replace('y', 'i').Replace("ph", "f"), Variants(together, random).First(), Words[random.Next(Words.Length)]];
            foreach (var text in wholes)
            {
                var whole = TokenFactsCache.Of(text);
                for (var start = 0; start + 2 <= count; start++)
                {
                    for (var length = 2; start + length <= count; length++)
                    {
                        var slice = name.Facts.AsSpan(start, length);
                        var key = name.JoinedKey(start, length);
                        checkedRuns++;
                        if (UnpairableWords.Joins(whole, slice, key))
                        {
                            WordSignature.MayJoin(whole.Signature, signed.Run(start, length)).ShouldBeTrue($"{text} / {string.Join(' ', parts)}");
                            joined += TokenRules.JoinsTo(whole, slice) ? 1 : 0;
                            bySpelling += TokenRules.JoinsTo(whole, slice) ? 0 : 1;
                        }
                    }
                }
            }
        }

        checkedRuns.ShouldBeGreaterThan(50_000);
        joined.ShouldBeGreaterThan(1_000);
        bySpelling.ShouldBeGreaterThan(50);
    }

    [Test]
    public void The_proof_gives_the_same_answer_with_the_signatures_as_with_every_rule_asked_and_from_the_flat_arrays()
    {
        var random = new Random(Seed);
        var subjects = new List<Subject>();
        var records = new List<PersonName>();
        for (var n = 0; n < 3_000; n++)
        {
            var name = RandomName(random);
            records.Add(name);
            // A subject known by a variant of the name (and sometimes an alias), or by someone else's.
            var known = random.Next(3) == 0 ? RandomName(random) : VariantOf(name, random);
            var subject = Subject($"S{n}", name: known);
            if (random.Next(4) == 0)
            {
                subject.Names.Add(RandomName(random));
            }

            subjects.Add(subject);
        }

        var flat = NameSignatures.Of(subjects);
        var recordSigned = new NameSignatures();
        int proved = 0, notProved = 0;
        for (var n = 0; n < records.Count; n++)
        {
            // Each record against its own subject and a few others.
            foreach (var s in new[] { n, random.Next(subjects.Count), random.Next(subjects.Count) })
            {
                var subject = subjects[s];
                var slow = subject.Names.All(known => UnpairableWords.OnBothSidesAskingEveryRule(records[n].ComparisonFacts, known.ComparisonFacts));
                subject.Names.All(known => UnpairableWords.OnBothSides(records[n].ComparisonFacts, known.ComparisonFacts)).ShouldBe(slow, $"{records[n]} / {subject.Names[0]}");
                UnpairableWords.OnBothSides(records[n], subject.Names).ShouldBe(slow);
                UnpairableWords.OnBothSides(records[n], recordSigned, subject.Names, flat, s).ShouldBe(slow, $"{records[n]} / {subject.Names[0]}");
                proved += slow ? 1 : 0;
                notProved += slow ? 0 : 1;
            }
        }

        proved.ShouldBeGreaterThan(1_000);
        notProved.ShouldBeGreaterThan(1_000);
    }

    private static string KindOf(TokenFacts a, TokenFacts b) =>
        a.Text == b.Text ? "same"
        : a.Key == b.Key ? "spelling"
        : a.Nickname is { } x && b.Nickname is { } y && NicknameEntry.AreEquivalent(x, y) ? "nickname"
        : TokenRules.Variant(a, b) != TokenAgreementKind.None ? "sound"
        : TokenRules.TypoScore(a, b) > 0 ? "typo"
        : "initial";

    private static PersonName RandomName(Random random)
    {
        var words = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        return Name(string.Join(' ', words[..^1]), words[^1]);
    }

    /// <summary>The name with a word changed (a typo, an initial, a nickname), two words joined, or one split.</summary>
    private static PersonName VariantOf(PersonName name, Random random)
    {
        var words = name.Tokens.ToList();
        var at = random.Next(words.Count);
        switch (random.Next(4))
        {
            case 0:
                words[at] = Variants(words[at], random).ElementAt(random.Next(3));
                break;
            case 1 when words.Count >= 2 && at + 1 < words.Count:
                words[at] += words[at + 1];
                words.RemoveAt(at + 1);
                break;
            case 2 when words[at].Length >= 4:
                var cut = random.Next(2, words[at].Length - 1);
                words.Insert(at + 1, words[at][cut..]);
                words[at] = words[at][..cut];
                break;
            default:
                words.Reverse();
                break;
        }

        return Name(string.Join(' ', words.Take(words.Count - 1)), words[^1]);
    }

    /// <summary>A letter changed, one left out, two swapped, a letter doubled, and the initial.</summary>
    private static IEnumerable<string> Variants(string word, Random random)
    {
        var at = random.Next(word.Length);
        var letter = (char)('a' + random.Next(26));
        yield return word[..at] + letter + word[(at + 1)..];
        yield return word.Length > 1 ? word.Remove(at, 1) : word + letter;
        yield return at + 1 < word.Length ? word[..at] + word[at + 1] + word[at] + word[(at + 2)..] : letter + word;
        yield return word.Insert(at, word[at].ToString());
        yield return word[..1];
    }

    private static List<string[]> TableGroups()
    {
        string[] files = ["male_diminutives.csv", "female_diminutives.csv", "curated_nicknames.csv", "curated_spellings.csv"];
        return [.. files.SelectMany(NameData.Lines)
            .Select(line => line.Split(',').Select(NameData.FoldSingleWord).OfType<string>().Distinct().ToArray())
            .Where(group => group.Length > 0)];
    }

    private static string[] TableWords()
    {
        string[] extra = ["susan", "suzan", "mikhail", "michael", "mohammed", "muhammad", "abdulrahman", "nguyen", "tesfay", "gebremedhin", "gebremeskel"];
        return [.. TableGroups().SelectMany(g => g).Concat(extra).Distinct().Order(StringComparer.Ordinal)];
    }
}
