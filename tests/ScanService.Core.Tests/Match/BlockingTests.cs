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
    public void Name_and_year_meet_whatever_the_word_order()
    {
        var dob = new DateOfBirth(1991, 4, 12);
        Share(BlockerCatalog.NameYear, Record(name: Name("van minh", "nguyen"), dob: dob), Subject(name: Name("nguyen", "minh"), dob: dob)).ShouldBeTrue();
    }

    [Test]
    public void Name_and_year_survive_a_typo_in_one_word()
    {
        var dob = new DateOfBirth(1988, 2, 9);
        Share(BlockerCatalog.NameYear, Record(name: Name("lukasz", "wisnewski"), dob: dob), Subject(name: Name("lukasz", "wisniewski"), dob: dob)).ShouldBeTrue();
        Share(BlockerCatalog.NameYear, Record(name: Name("lukash", "wisniewski"), dob: dob), Subject(name: Name("lukasz", "wisniewski"), dob: dob)).ShouldBeTrue();
    }

    [Test]
    public void Unrelated_names_born_the_same_year_do_not_share_a_block()
    {
        var dob = new DateOfBirth(1990, 6, 1);
        Share(BlockerCatalog.NameYear, Record(name: Name("arben", "krasniqi"), dob: dob), Subject(name: Name("lan", "tran"), dob: dob)).ShouldBeFalse();
    }

    [Test]
    public void A_name_alone_is_no_block_key()
    {
        var record = Record(name: Name("arben", "krasniqi"));
        foreach (var blocker in BlockerCatalog.All)
        {
            KeysOf(blocker, record).ShouldBeEmpty(blocker.Name);
        }
    }

    [Test]
    public void A_single_word_name_meets_its_subject_through_the_birth_year()
    {
        var record = Record(name: Name("", "tesfay"), dob: DateOfBirth.YearOnly(2003));
        var subject = Subject(name: Name("tesfay gebremedhin", "haile"), dob: new DateOfBirth(2003, 1, 1));

        Share(BlockerCatalog.NameYear, record, subject).ShouldBeTrue();
    }

    [Test]
    public void An_estimated_date_meets_the_years_either_side_and_an_exact_one_only_its_own()
    {
        var subject = Subject(name: Name("tesfay", "haile"), dob: new DateOfBirth(2001, 5, 17));
        Share(BlockerCatalog.NameYear, Record(name: Name("tesfay", "haile"), dob: DateOfBirth.YearOnly(2002)), subject).ShouldBeTrue();
        Share(BlockerCatalog.NameYear, Record(name: Name("tesfay", "haile"), dob: new DateOfBirth(2000, 1, 1)), subject).ShouldBeTrue();
        Share(BlockerCatalog.NameYear, Record(name: Name("tesfay", "haile"), dob: new DateOfBirth(2002, 5, 18)), subject).ShouldBeFalse();
        Share(BlockerCatalog.NameYear, Record(name: Name("tesfay", "haile"), dob: DateOfBirth.YearOnly(2003)), subject).ShouldBeFalse();
    }

    [Test]
    public void A_slip_in_the_year_meets_its_subject_through_the_birthday()
    {
        var record = Record(name: Name("amira", "haddad"), dob: new DateOfBirth(1995, 8, 23));
        var subject = Subject(name: Name("amira", "haddad"), dob: new DateOfBirth(1985, 8, 23));

        Share(BlockerCatalog.NameYear, record, subject).ShouldBeFalse();
        Share(BlockerCatalog.NameBirthday, record, subject).ShouldBeTrue();
        KeysOf(BlockerCatalog.NameBirthday, Record(name: Name("amira", "haddad"), dob: new DateOfBirth(1995, 1, 1))).ShouldBeEmpty();
    }

    [Test]
    public void A_name_without_a_date_meets_its_subject_on_the_same_street_spelt_a_little_differently()
    {
        var record = Record(name: Name("klodiana", "xhaferi"), address: new ParsedAddress(null, null, null, "oldham road", "manchester", null));
        var subject = Subject(name: Name("klodiana", "xhaferi"), address: new ParsedAddress(null, "14", null, "oldam road", "manchester", "M4 5JD"));

        Share(BlockerCatalog.NameStreet, record, subject).ShouldBeTrue();
        Share(BlockerCatalog.NameStreet, record, Subject(name: Name("klodiana", "xhaferi"), address: new ParsedAddress(null, "14", null, "market street", "manchester", null))).ShouldBeFalse();
    }

    [Test]
    public void An_identifier_one_slip_away_still_blocks_together_but_one_of_another_kind_does_not()
    {
        static PersonRecord With(string kind, string value) => new() { Source = "benefit-claims", RecordId = "R1", Line = 2, Identifiers = [new PersonIdentifier(kind, value)] };
        static PersonRecord WithNi(string value) => With("ni_number", value);
        var subject = Subject();
        subject.Identifiers.Add(new PersonIdentifier("ni_number", "QQ123456C"));

        Share(BlockerCatalog.Identifier, WithNi("QQ123456C"), subject).ShouldBeTrue();
        Share(BlockerCatalog.Identifier, WithNi("QQ123956C"), subject).ShouldBeTrue();
        Share(BlockerCatalog.Identifier, WithNi("QQ124356C"), subject).ShouldBeTrue();
        Share(BlockerCatalog.Identifier, WithNi("QQ654321C"), subject).ShouldBeFalse();
        Share(BlockerCatalog.Identifier, With("passport_number", "QQ123456C"), subject).ShouldBeFalse();
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
        var candidates = new CandidateSet(subjects.Length);
        candidates.StartRecord();

        index.AddCandidates(BlockerCatalog.Phone, Record(phones: ["+447700900124"]), [], candidates);

        candidates.Members.ShouldBe([1]);
    }

    [Test]
    public void Each_key_files_every_subject_giving_it_once_in_subject_order()
    {
        var subjects = Enumerable.Range(0, 40)
            .Select(i => Subject($"S{i}", phones: i % 3 == 0 ? ["+447700900123", "+447700900123"] : [$"+44770090{i % 7:0000}"]))
            .ToArray();
        var expected = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Length; i++)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            BlockerCatalog.Phone.AddKeys(subjects[i], keys);
            foreach (var key in keys)
            {
                (expected.TryGetValue(key, out var list) ? list : expected[key] = []).Add(i);
            }
        }

        var filed = KeyedSubjects.Build(BlockerCatalog.Phone, subjects);

        expected.Count.ShouldBeGreaterThan(2);
        foreach (var (key, list) in expected)
        {
            filed.TryGet(key, out var found).ShouldBeTrue(key);
            found.ShouldBe(list.ToArray(), customMessage: key);
        }

        filed.TryGet("+447700999999", out var none).ShouldBeFalse();
        none.ShouldBeEmpty();
    }
}
