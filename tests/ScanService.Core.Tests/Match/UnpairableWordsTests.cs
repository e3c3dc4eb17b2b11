using ScanService.Match.Comparators;
using ScanService.Match.Names;
using ScanService.Model;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

/// <summary>
/// The quick proof that two names are at best mixed must never claim it of names the comparator finds closer, in
/// every way words agree (exactly, variants, typos, initials, joined or split either way round).
/// </summary>
public class UnpairableWordsTests
{
    private static readonly PersonName[] Names =
    [
        Name("mohammed", "ahmed"), Name("mohamed", "ahmad"), Name("muhammad", ""), Name("m", "ahmed"), Name("m", ""),
        Name("abdul rahman", "hassan"), Name("abdulrahman", "hasan"), Name("abdelrahman", "hussein"), Name("abd al rahman", "ali"),
        Name("kate lin", "smith"), Name("katelin", "smyth"), Name("kate", "lin"), Name("bill", "jones"), Name("william", "johnson"),
        Name("susan", "wisniewski"), Name("suzan", "wisnewski"), Name("mikhail", "nguyen van"), Name("michael", "nguyenvan"),
        Name("van minh", "nguyen"), Name("lan", "tran"), Name("arben", "krasniqi"), Name("klodiana", "xhaferi"), Name("k", "xhaferi"),
        Name("maria", "dixon"), Name("mario", "dicksonn"), Name("wei", "wang"), Name("wang", "wei"), PersonName.Empty,
    ];

    private static readonly string[] AtBestMixed = [NameComparator.Mixed, Levels.Different, Levels.Missing];

    [Test]
    public void Names_proved_at_best_mixed_are_never_closer_by_the_comparator_and_the_proof_settles_most_unrelated_pairs()
    {
        int proved = 0, closer = 0;
        foreach (var record in Names)
        {
            foreach (var subject in Names)
            {
                var level = NameComparator.Compare(record, subject).Level;
                if (UnpairableWords.OnBothSides(record.ComparisonFacts, subject.ComparisonFacts))
                {
                    AtBestMixed.ShouldContain(level, $"{record} / {subject}");
                    proved++;
                }

                closer += AtBestMixed.Contains(level) ? 0 : 1;
            }
        }

        closer.ShouldBeGreaterThan(40);
        proved.ShouldBeGreaterThan(400);
    }

    [Test]
    public void Words_written_joined_or_split_are_never_taken_for_unpairable()
    {
        UnpairableWords.OnBothSides(Name("abdul rahman", "hassan").ComparisonFacts, Name("abdulrahman", "hasan").ComparisonFacts).ShouldBeFalse();
        UnpairableWords.OnBothSides(Name("abdelrahman", "hussein").ComparisonFacts, Name("abd al rahman", "hussein").ComparisonFacts).ShouldBeFalse();
        UnpairableWords.OnBothSides(Name("lan", "tran").ComparisonFacts, Name("arben", "krasniqi").ComparisonFacts).ShouldBeTrue();
    }

    [Test]
    public void A_subject_is_at_best_mixed_only_when_every_one_of_its_names_is()
    {
        var names = new List<PersonName> { Name("arben", "krasniqi"), Name("lan", "tran") };

        UnpairableWords.OnBothSides(Name("lan", "tran"), names).ShouldBeFalse();
        UnpairableWords.OnBothSides(Name("klodiana", "xhaferi"), names).ShouldBeTrue();
        UnpairableWords.OnBothSides(Name("klodiana", "xhaferi"), []).ShouldBeTrue();
    }
}
