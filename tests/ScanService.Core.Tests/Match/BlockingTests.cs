using ScanService.Match;
using ScanService.Match.Blocking;
using ScanService.Model;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

public class BlockingTests
{
    private static HashSet<string> KeysOf(IBlocker blocker, PersonRecord record)
    {
        var keys = new HashSet<string>();
        blocker.AddKeys(record, keys);
        return keys;
    }

    private static HashSet<string> KeysOf(IBlocker blocker, Subject subject)
    {
        var keys = new HashSet<string>();
        blocker.AddKeys(subject, keys);
        return keys;
    }

    private static bool Share(IBlocker blocker, PersonRecord record, Subject subject) => KeysOf(blocker, record).Overlaps(KeysOf(blocker, subject));

    [Test]
    public void Name_pairs_meet_whatever_the_word_order()
    {
        Share(BlockerCatalog.NamePair, Record(name: Name("van minh", "nguyen")), Subject(name: Name("nguyen", "minh"))).ShouldBeTrue();
    }

    [Test]
    public void Name_pairs_survive_a_typo_in_one_word()
    {
        Share(BlockerCatalog.NamePair, Record(name: Name("lukasz", "wisnewski")), Subject(name: Name("lukasz", "wiśniewski".Replace("ś", "s")))).ShouldBeTrue();
        Share(BlockerCatalog.NamePair, Record(name: Name("lukash", "wisniewski")), Subject(name: Name("lukasz", "wisniewski"))).ShouldBeTrue();
    }

    [Test]
    public void Unrelated_names_do_not_share_a_name_pair_block()
    {
        Share(BlockerCatalog.NamePair, Record(name: Name("arben", "krasniqi")), Subject(name: Name("lan", "tran"))).ShouldBeFalse();
    }

    [Test]
    public void A_single_word_name_meets_its_subject_through_the_birth_year()
    {
        var record = Record(name: Name("", "tesfay"), dob: DateOfBirth.YearOnly(2003));
        var subject = Subject(name: Name("tesfay gebremedhin", "haile"), dob: new DateOfBirth(2003, 1, 1));

        Share(BlockerCatalog.NamePair, record, subject).ShouldBeFalse();
        Share(BlockerCatalog.NameYear, record, subject).ShouldBeTrue();
    }

    [Test]
    public void A_transposed_date_of_birth_still_blocks_together_but_an_estimate_does_not_block_at_all()
    {
        Share(BlockerCatalog.DateOfBirth, Record(dob: new DateOfBirth(1994, 3, 7)), Subject(dob: new DateOfBirth(1994, 7, 3))).ShouldBeTrue();
        KeysOf(BlockerCatalog.DateOfBirth, Record(dob: new DateOfBirth(1994, 1, 1))).ShouldBeEmpty();
    }

    [Test]
    public void Premises_block_on_postcode_and_building_or_on_street_town_and_building()
    {
        var withPostcode = new ParsedAddress("3", "12", null, "oldham road", "manchester", "M8 8EP");
        var withoutPostcode = withPostcode with { Postcode = null, Flat = null };

        Share(BlockerCatalog.Premises, Record(address: withoutPostcode), Subject(address: withPostcode)).ShouldBeTrue();
        KeysOf(BlockerCatalog.Premises, Record(address: withPostcode)).ShouldBe(["M8 8EP|12", "oldham road|manchester|12"], ignoreOrder: true);
    }

    [Test]
    public void The_index_returns_only_subjects_sharing_a_key()
    {
        var subjects = new[]
        {
            Subject("S1", phones: ["+447700900123"]),
            Subject("S2", phones: ["+447700900124"]),
            Subject("S3", name: Name("arben", "krasniqi")),
        };
        var index = new SubjectIndex(subjects);
        var candidates = new HashSet<int>();

        index.AddCandidates(BlockerCatalog.Phone, Record(phones: ["+447700900124"]), [], candidates);

        candidates.ShouldBe([1]);
    }
}
