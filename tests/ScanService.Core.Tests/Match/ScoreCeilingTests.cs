using ScanService.Match;
using ScanService.Match.Frequencies;
using ScanService.Model;
using ScanService.Rules;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

public class ScoreCeilingTests
{
    // Exact name 6 and a year-only date 2.5 make 8.5: below 9 unless rarity lifts the name.
    private static readonly LinkRule Rule = new("same-person", 1, "Same person", "high", true, null, null,
        [
            new RuleComparison("name", new Dictionary<string, double> { ["exact"] = 6, ["fuzzy"] = 4.5, ["different"] = -5 }),
            new RuleComparison("date_of_birth", new Dictionary<string, double> { ["exact"] = 5, ["year_only"] = 2.5, ["different"] = -3 }),
        ],
        9, "same-person.yaml") { Rarity = new Dictionary<string, RarityLimit> { ["name"] = RarityLimit.Symmetric(2) } };

    private static TokenFrequencies Night(PersonRecord[] records, Subject[] subjects) => TokenFrequencies.Count(records, subjects);

    [Test]
    public void A_common_name_with_only_a_birth_year_is_ruled_out_before_its_name_is_compared_and_a_rare_one_is_not()
    {
        var common = Record("R1", name: Name("mohammed", "ahmed"), dob: DateOfBirth.YearOnly(1990));
        var rare = Record("R2", name: Name("klodiana", "xhaferi"), dob: DateOfBirth.YearOnly(1990));
        var crowd = Enumerable.Range(0, 40).Select(i => Record($"C{i}", name: Name("mohammed", "ahmed"))).ToArray();
        var subjects = new[]
        {
            Subject("S1", name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1990, 1, 1)),
            Subject("S2", name: Name("klodiana", "xhaferi"), dob: new DateOfBirth(1990, 1, 1)),
        };
        var frequencies = Night([common, rare, .. crowd], subjects);
        var ceiling = new ScoreCeiling(Rule);

        var commonBound = ceiling.NameRarityBound(common, frequencies);
        var rareBound = ceiling.NameRarityBound(rare, frequencies);

        commonBound.ShouldBe(0);
        rareBound.ShouldBeGreaterThan(0.5);
        ceiling.Total(common, subjects[0], commonBound, frequencies).ShouldBeNull();
        ceiling.Total(rare, subjects[1], rareBound, frequencies).ShouldNotBeNull();
        // What the full scorer says agrees: the common pair cannot link, the rare one does.
        RuleScorer.Score(Rule, common, subjects[0], frequencies).IsLink.ShouldBeFalse();
        RuleScorer.Score(Rule, rare, subjects[1], frequencies).IsLink.ShouldBeTrue();
    }

    [Test]
    public void A_rule_without_rarity_has_no_rarity_bound()
    {
        var record = Record(name: Name("klodiana", "xhaferi"), dob: DateOfBirth.YearOnly(1990));
        var plain = Rule with { Rarity = new Dictionary<string, RarityLimit>() };

        new ScoreCeiling(plain).NameRarityBound(record, Night([record], [])).ShouldBe(0);
    }

    [Test]
    public void The_total_of_a_pair_that_passes_the_ceiling_is_the_full_scorers_total_and_a_pair_ruled_out_never_links()
    {
        var rule = Rule with
        {
            Comparisons =
            [
                .. Rule.Comparisons,
                new RuleComparison("phone", new Dictionary<string, double> { ["exact"] = 4, ["missing"] = 0.5 }),
                new RuleComparison("premises", new Dictionary<string, double> { ["same_flat"] = 4, ["same_building"] = 3.5, ["same_street"] = 1 }),
            ],
        };
        var names = new[] { Name("mohammed", "ahmed"), Name("klodiana", "xhaferi"), Name("mohamed", "ahmad"), Name("k", "xhaferi"), Name("", "ahmed") };
        var dates = new DateOfBirth?[] { null, new DateOfBirth(1990, 3, 7), new DateOfBirth(1990, 7, 3), DateOfBirth.YearOnly(1990), new DateOfBirth(1991, 1, 1) };
        var addresses = new[] { ParsedAddress.Empty, ScanService.Normalise.AddressParser.Parse("Flat 3, 12 Oldham Road, Manchester", "M4 5EA"), ScanService.Normalise.AddressParser.Parse("12 Oldham Rd, Manchester", null) };
        var records = (from name in names from dob in dates from address in addresses
                       select Record($"R{name}{dob}{address.Postcode}", name: name, dob: dob, phones: dob is null ? [] : ["+447700900123"], address: address)).ToArray();
        var subjects = (from name in names from dob in dates.Where(d => d is not null).Append(null) from address in addresses
                        select Subject(name: name, dob: dob, phones: address.IsEmpty ? [] : address.Postcode is null ? ["+447700900456"] : ["+447700900456", "+447700900123"],
                            address: address.IsEmpty ? null : address)).ToList();
        var twoDates = Subject(name: names[0], dob: dates[1]);
        twoDates.DatesOfBirth.Add(dates[2]!.Value);
        subjects.Add(twoDates);
        subjects.Add(Subject(name: names[1], dob: dates[1], phones: ["+447700900001", "+447700900002", "+447700900123"]));
        var frequencies = Night(records, [.. subjects]);
        var ceiling = new ScoreCeiling(rule);
        int links = 0, ruledOut = 0;

        foreach (var record in records)
        {
            var bound = ceiling.NameRarityBound(record, frequencies);
            foreach (var subject in subjects)
            {
                var full = RuleScorer.Score(rule, record, subject, frequencies);
                var total = ceiling.Total(record, subject, bound, frequencies);
                if (total is { } sum)
                {
                    BitConverter.DoubleToInt64Bits(sum).ShouldBe(BitConverter.DoubleToInt64Bits(full.Total), full.Explain());
                }
                else
                {
                    full.IsLink.ShouldBeFalse(full.Explain());
                    ruledOut++;
                }

                links += full.IsLink ? 1 : 0;
            }
        }

        links.ShouldBeGreaterThan(10);
        ruledOut.ShouldBeGreaterThan(10);
    }
}
