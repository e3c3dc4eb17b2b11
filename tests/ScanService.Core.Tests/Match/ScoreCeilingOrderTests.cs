using ScanService.Match;
using ScanService.Match.Frequencies;
using ScanService.Model;
using ScanService.Normalise;
using ScanService.Rules;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

/// <summary>
/// The ceiling weighs a field only when its weight can still change the answer: fields that cannot change whether the
/// name is worth comparing wait until after it, and are skipped when the pair can no longer link. Checked against the
/// full scorer on random pairs under a rule shaped like same-person (negative and positive weights on every field).
/// </summary>
public class ScoreCeilingOrderTests
{
    private static readonly LinkRule SamePersonLike = new("same-person", 4, "Same person", "high", true, null, null,
        [
            new RuleComparison("name", new Dictionary<string, double>
            {
                ["exact"] = 6, ["variant"] = 5.5, ["subset"] = 5, ["fuzzy"] = 4.5, ["partial"] = 2, ["mixed"] = 1, ["different"] = -5,
            }),
            new RuleComparison("date_of_birth", new Dictionary<string, double>
            {
                ["exact"] = 5, ["transposed"] = 3.5, ["one_digit"] = 3, ["year_near"] = 2.5, ["year_only"] = 1.7, ["different"] = -3,
            }),
            new RuleComparison("phone", new Dictionary<string, double> { ["exact"] = 4 }),
            new RuleComparison("identifier", new Dictionary<string, double> { ["exact"] = 9, ["one_edit"] = 5, ["different"] = -1 }),
            new RuleComparison("premises", new Dictionary<string, double>
            {
                ["same_flat"] = 4, ["same_building"] = 4, ["same_street_building"] = 4, ["similar_address"] = 4, ["same_street"] = 2,
            }),
        ],
        9, "same-person.yaml") { Rarity = new Dictionary<string, RarityLimit> { ["name"] = new RarityLimit(2, 0.5) } };

    private static readonly PersonName[] Names =
    [
        Name("mohammed", "ahmed"), Name("mohamed", "ahmad"), Name("klodiana", "xhaferi"), Name("k", "xhaferi"),
        Name("arben", "krasniqi"), Name("arben lulzim", "krasniqi"), Name("lan", "tran"), Name("", "ahmed"), PersonName.Empty,
        Name("abdul rahman", "hassan"), Name("abdulrahman", "hasan"), Name("abdelrahman", "hussein"), Name("kate lin", "smith"),
        Name("katelin", "smyth"), Name("bill", "jones"), Name("william", "johnson"), Name("susan", "wisniewski"),
        Name("suzan", "wisnewski"), Name("m", "ahmed"), Name("mikhail", "nguyen van"), Name("michael", "nguyenvan"),
    ];

    private static readonly DateOfBirth?[] Dates =
    [
        null, new DateOfBirth(1990, 3, 7), new DateOfBirth(1990, 7, 3), new DateOfBirth(1991, 3, 7), new DateOfBirth(1990, 3, 8),
        DateOfBirth.YearOnly(1990), new DateOfBirth(1990, 1, 1), new DateOfBirth(1962, 9, 1),
    ];

    private static readonly string[] Phones = ["+447700900123", "+447700900456", "+447700900789"];

    private static readonly PersonIdentifier[] Identifiers =
    [
        new("nino", "QQ123456C"), new("nino", "QQ123465C"), new("nino", "QQ999999A"), new("passport", "123456789"),
    ];

    private static readonly ParsedAddress[] Addresses =
    [
        ParsedAddress.Empty,
        AddressParser.Parse("Flat 3, 12 Oldham Road, Manchester", "M4 5EA"),
        AddressParser.Parse("Flat 4, 12 Oldham Road, Manchester", "M4 5EA"),
        AddressParser.Parse("12 Oldham Rd, Manchester", null),
        AddressParser.Parse("14 Oldham Road, Manchester", "M4 5EB"),
        AddressParser.Parse("12 Oldam Road, Manchestr", null),
        AddressParser.Parse("7 Station Street, Leeds", "LS1 4DY"),
    ];

    [Test]
    public void On_random_pairs_a_total_is_the_full_scorers_and_a_pair_ruled_out_after_its_name_never_links()
    {
        var random = new Random(20261124);
        var records = Enumerable.Range(0, 300).Select(i => RandomRecord(random, i)).ToArray();
        var subjects = Enumerable.Range(0, 120).Select(i => RandomSubject(random, i)).ToArray();
        var frequencies = TokenFrequencies.Count(records, subjects);
        var ceiling = new ScoreCeiling(SamePersonLike);
        int links = 0, ruledOutBefore = 0, ruledOutAfter = 0;

        foreach (var record in records)
        {
            var bound = ceiling.NameRarityBound(record, frequencies);
            var phones = PhoneHashes.Of(record.Phones);
            foreach (var subject in subjects)
            {
                var full = RuleScorer.Score(SamePersonLike, record, subject, frequencies);
                var total = ceiling.Total(record, subject, SubjectSummary.Of(subject), phones, bound, frequencies, out var passed);
                if (total is { } sum)
                {
                    passed.ShouldBeTrue();
                    BitConverter.DoubleToInt64Bits(sum).ShouldBe(BitConverter.DoubleToInt64Bits(full.Total), full.Explain());
                }
                else
                {
                    full.IsLink.ShouldBeFalse(full.Explain());
                    _ = passed ? ruledOutAfter++ : ruledOutBefore++;
                }

                links += full.IsLink ? 1 : 0;
            }
        }

        links.ShouldBeGreaterThan(50);
        ruledOutBefore.ShouldBeGreaterThan(50);
        ruledOutAfter.ShouldBeGreaterThan(50);
    }

    [Test]
    public void A_pair_with_the_same_date_and_flat_whose_name_only_shares_an_initial_is_ruled_out_after_its_name_without_its_address()
    {
        var address = Addresses[1];
        var record = Record(name: Name("m", ""), dob: new DateOfBirth(1990, 3, 7), address: address);
        var subject = Subject(name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1990, 3, 7), address: address);

        var (total, passed) = Ceiling(record, subject);

        // Date 5 + name −5 (an initial alone proves nothing) + at most 4 for the flat cannot reach 9.
        passed.ShouldBeTrue();
        total.ShouldBeNull();
        RuleScorer.Score(SamePersonLike, record, subject, TokenFrequencies.None).Total.ShouldBe(4);
    }

    [Test]
    public void A_pair_with_the_same_date_and_unrelated_names_is_ruled_out_at_its_name_unless_the_other_fields_could_lift_a_mixed_name()
    {
        var record = Record(name: Name("lan", "tran"), dob: new DateOfBirth(1990, 3, 7), address: Addresses[1]);
        var elsewhere = Subject(name: Name("arben", "krasniqi"), dob: new DateOfBirth(1990, 3, 7), address: Addresses[6]);
        var sameFlat = Subject(name: Name("arben", "krasniqi"), dob: new DateOfBirth(1990, 3, 7), address: Addresses[1]);

        var (apart, apartPassed) = Ceiling(record, elsewhere);
        var (together, _) = Ceiling(record, sameFlat);

        // Date 5 + a name at best mixed (1) cannot reach 9 elsewhere; at the same flat (+4) only the full name says no.
        apartPassed.ShouldBeTrue();
        apart.ShouldBeNull();
        together.ShouldBe(RuleScorer.Score(SamePersonLike, record, sameFlat, TokenFrequencies.None).Total);
        together.ShouldBe(4);
    }

    private static (double? Total, bool Passed) Ceiling(PersonRecord record, Subject subject)
    {
        var total = new ScoreCeiling(SamePersonLike).Total(
            record, subject, SubjectSummary.Of(subject), PhoneHashes.Of(record.Phones), 0, TokenFrequencies.None, out var passed);
        return (total, passed);
    }

    private static PersonRecord RandomRecord(Random random, int i) => new()
    {
        Source = "nrm-referrals",
        RecordId = $"R{i}",
        Line = i + 2,
        Name = Pick(random, Names),
        DateOfBirth = Pick(random, Dates),
        Phones = random.Next(3) == 0 ? [Pick(random, Phones)] : [],
        Address = Pick(random, Addresses),
        Identifiers = random.Next(3) == 0 ? [Pick(random, Identifiers)] : [],
    };

    private static Subject RandomSubject(Random random, int i)
    {
        var address = Pick(random, Addresses);
        var subject = Subject($"S{i}", name: Pick(random, Names), dob: Pick(random, Dates),
            phones: [.. Phones.Where(_ => random.Next(3) == 0)], address: address.IsEmpty ? null : address);
        if (random.Next(4) == 0)
        {
            subject.DatesOfBirth.Add(Pick(random, Dates) ?? new DateOfBirth(1985, 5, 5));
        }

        if (random.Next(2) == 0)
        {
            subject.Identifiers.Add(Pick(random, Identifiers));
        }

        return subject;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
