using ScanService.Match;
using ScanService.Match.Comparators;
using ScanService.Match.Names;
using ScanService.Model;
using ScanService.Normalise;
using ScanService.Rules;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

/// <summary>
/// A national night makes hundreds of millions of comparisons: each must allocate nothing, on the agreeing path
/// (which fills in a masked detail) as on the disagreeing one. Allocation is a property of the code, not a
/// timing, so it is asserted here; the time per comparison is measured by tests/ScanService.Benchmarks.
/// </summary>
public class ComparatorAllocationTests
{
    private const int Comparisons = 1_000;

    private static readonly PersonRecord Referral = Record(
        name: NameNormaliser.Normalise(null, null, "NGUYEN Van Minh"),
        dob: new DateOfBirth(1994, 3, 7),
        phones: ["+447700900123"],
        address: AddressParser.Parse("Flat 3, 12 Oldham Road, Manchester", "M4 5EA"));

    private static readonly Subject SamePerson = Subject(
        name: NameNormaliser.Normalise(null, null, "Van Minh Nguyen"),
        dob: new DateOfBirth(1994, 7, 3),
        phones: ["+447700900123"],
        address: AddressParser.Parse("3/12 Oldham Rd, Manchester", "M4 5EA"));

    private static readonly Subject SomeoneElse = Subject(
        name: NameNormaliser.Normalise(null, null, "Nguyen Van Nam"),
        dob: new DateOfBirth(1987, 11, 21),
        phones: ["+447700900456"],
        address: AddressParser.Parse("40 Cheetham Hill Road, Manchester", "M8 8EP"));

    private static IEnumerable<TestCaseData> Cases() =>
        from comparator in new IFieldComparator[] { new NameComparator(), new DateOfBirthComparator(), new PhoneComparator(), new PremisesComparator() }
        from pair in new[] { ("agrees", SamePerson), ("differs", SomeoneElse) }
        select new TestCaseData(comparator, pair.Item2).SetName($"{comparator.Field} comparison that {pair.Item1} allocates nothing");

    [TestCaseSource(nameof(Cases))]
    public void Comparing_allocates_nothing(IFieldComparator comparator, Subject subject)
    {
        var outcome = comparator.Compare(Referral, subject);

        var allocated = AllocatedBy(() => comparator.Compare(Referral, subject));

        outcome.Level.ShouldNotBe(Levels.Missing, "the pair must exercise the comparison, not its early exit");
        allocated.ShouldBe(0, $"{comparator.Field} allocated {allocated} bytes over {Comparisons} comparisons");
    }

    [Test]
    public void The_agreeing_comparisons_give_masked_details_that_match_the_masking_rules()
    {
        new PhoneComparator().Compare(Referral, SamePerson).Detail.ShouldBe(Masking.Phone("+447700900123"));
        Masking.Phone("+447700900123").ShouldBe("…123");
        new PremisesComparator().Compare(Referral, SamePerson).Detail.ShouldBe("postcode M4 …");
        Masking.Premises(AddressParser.Parse("12 Oldham Road", null)).ShouldBe("street address");
    }

    [Test]
    public void Ruling_out_a_pair_before_its_name_is_compared_allocates_nothing()
    {
        var rule = new LinkRule("same-person", 1, "Same person", "high", true, null, null,
            [
                new RuleComparison("name", new Dictionary<string, double> { ["exact"] = 6, ["different"] = -5 }),
                new RuleComparison("date_of_birth", new Dictionary<string, double> { ["exact"] = 5, ["different"] = -3 }),
                new RuleComparison("phone", new Dictionary<string, double> { ["exact"] = 4 }),
                new RuleComparison("premises", new Dictionary<string, double> { ["same_flat"] = 4 }),
            ],
            9, "same-person.yaml");
        var ceiling = new ScoreCeiling(rule);

        var none = ScanService.Match.Frequencies.TokenFrequencies.None;

        ceiling.Total(Referral, SomeoneElse, nameRarityBound: 0, none).ShouldBeNull();
        ceiling.Total(Referral, SamePerson, nameRarityBound: 0, none).ShouldNotBeNull();
        AllocatedBy(() => ceiling.Total(Referral, SomeoneElse, nameRarityBound: 0, none)).ShouldBe(0);
    }

    [Test]
    public void Adding_up_the_total_of_a_pair_that_passes_the_ceiling_allocates_nothing()
    {
        var rule = new LinkRule("same-person", 1, "Same person", "high", true, null, null,
            [
                new RuleComparison("name", new Dictionary<string, double> { ["exact"] = 6, ["variant"] = 5.5, ["different"] = -5 }),
                new RuleComparison("date_of_birth", new Dictionary<string, double> { ["exact"] = 5, ["transposed"] = 3.5, ["different"] = -3 }),
                new RuleComparison("phone", new Dictionary<string, double> { ["exact"] = 4 }),
                new RuleComparison("premises", new Dictionary<string, double> { ["same_flat"] = 4 }),
            ],
            9, "same-person.yaml") { Rarity = new Dictionary<string, RarityLimit> { ["name"] = RarityLimit.Symmetric(2) } };
        var frequencies = ScanService.Match.Frequencies.TokenFrequencies.Count([Referral], [SamePerson, SomeoneElse]);
        var ceiling = new ScoreCeiling(rule);
        var bound = ceiling.NameRarityBound(Referral, frequencies);

        ceiling.Total(Referral, SamePerson, bound, frequencies).ShouldBe(RuleScorer.Score(rule, Referral, SamePerson, frequencies).Total);
        AllocatedBy(() => ceiling.Total(Referral, SamePerson, bound, frequencies)).ShouldBe(0);
    }

    [Test]
    public void Looking_up_a_records_candidates_allocates_nothing()
    {
        var index = new SubjectIndex([SamePerson, SomeoneElse]);
        var lookup = new CandidateKeys(new CandidateSet(2));
        var blockers = ScanService.Match.Blocking.BlockerCatalog.All.ToArray();

        int Candidates()
        {
            lookup.Candidates.StartRecord();
            for (var b = 0; b < blockers.Length; b++)
            {
                index.AddCandidates(blockers[b], Referral, lookup);
            }

            return lookup.Candidates.Count;
        }

        Candidates().ShouldBe(1, "the referral shares keys with the same person only");
        AllocatedBy(Candidates).ShouldBe(0);
    }

    [Test]
    public void Looking_up_a_records_keys_together_allocates_nothing()
    {
        var subjects = new[] { SamePerson, SomeoneElse };
        var blockers = ScanService.Match.Blocking.BlockerCatalog.All.ToArray();
        var indexes = blockers.Select(b => KeyedSubjects.Build(b, subjects)).ToArray();
        var batch = new KeyBatch();

        int Found()
        {
            batch.Clear();
            for (var b = 0; b < blockers.Length; b++)
            {
                batch.Index = indexes[b];
                blockers[b].WriteKeys(Referral, batch);
            }

            batch.Resolve();
            var found = 0;
            for (var k = 0; k < batch.Count; k++)
            {
                found += batch.Found(k).Length;
            }

            return found;
        }

        Found().ShouldBeGreaterThan(0);
        AllocatedBy(Found).ShouldBe(0);
    }

    [Test]
    public void The_quick_proof_on_signed_names_allocates_nothing()
    {
        var subjects = NameSignatures.Of([SamePerson, SomeoneElse]);
        var record = new NameSignatures();

        bool Proved() => UnpairableWords.OnBothSides(Referral.Name, record, SomeoneElse.Names, subjects, 1);

        Proved().ShouldBe(UnpairableWords.OnBothSides(Referral.Name, SomeoneElse.Names));
        Proved().ShouldBeTrue("Minh and Nam pair with nothing on the other side, so the proof must settle the pair");
        UnpairableWords.OnBothSides(Referral.Name, record, SamePerson.Names, subjects, 0).ShouldBeFalse("the same words reordered pair up");
        AllocatedBy(Proved).ShouldBe(0);
    }

    private static long AllocatedBy<T>(Func<T> compare)
    {
        compare(); // first call: lazily built name keys and masking tables are not per-comparison costs
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Comparisons; i++)
        {
            compare();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
