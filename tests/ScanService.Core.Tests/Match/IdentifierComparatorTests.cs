using ScanService.Match.Comparators;
using ScanService.Model;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

public class IdentifierComparatorTests
{
    private static readonly IdentifierComparator Comparator = new();

    [TestCase("QQ123456C", "QQ123456C", "exact")]
    [TestCase("QQ123456C", "QQ123457C", "one_edit", TestName = "one character keyed wrongly")]
    [TestCase("QQ123456C", "QQ124356C", "one_edit", TestName = "two neighbouring characters swapped")]
    [TestCase("QQ123456C", "QQ123465D", "different", TestName = "a swap and a wrong letter are two slips")]
    [TestCase("QQ123456C", "QQ654321C", "different")]
    [TestCase("QQ123456C", "QQ123456", "different", TestName = "a missing suffix letter is not one slip")]
    public void Numbers_of_one_kind_compare_by_keying_slips(string recordValue, string subjectValue, string expected)
    {
        var outcome = Comparator.Compare(
            WithIdentifiers(new PersonIdentifier("ni_number", recordValue)),
            SubjectWith(new PersonIdentifier("ni_number", subjectValue)));

        outcome.Level.ShouldBe(expected);
    }

    [Test]
    public void Numbers_of_different_kinds_are_never_compared()
    {
        Comparator.Compare(
            WithIdentifiers(new PersonIdentifier("passport_number", "123456789")),
            SubjectWith(new PersonIdentifier("pnc_id", "123456789"))).Level.ShouldBe("missing");
    }

    [Test]
    public void Either_side_without_a_number_is_missing_not_evidence_against()
    {
        Comparator.Compare(WithIdentifiers(), SubjectWith(new PersonIdentifier("ni_number", "QQ123456C"))).Level.ShouldBe("missing");
        Comparator.Compare(WithIdentifiers(new PersonIdentifier("ni_number", "QQ123456C")), SubjectWith()).Level.ShouldBe("missing");
    }

    [Test]
    public void The_best_agreement_over_all_numbers_counts_and_the_explanation_names_the_kind_not_the_number()
    {
        var outcome = Comparator.Compare(
            WithIdentifiers(new PersonIdentifier("passport_number", "P9988776"), new PersonIdentifier("ni_number", "QQ123456C")),
            SubjectWith(new PersonIdentifier("passport_number", "P1111111"), new PersonIdentifier("ni_number", "QQ123456C")));

        outcome.ShouldBe(new ComparisonOutcome("exact", "ni_number"));
    }

    private static PersonRecord WithIdentifiers(params PersonIdentifier[] identifiers) => new()
    {
        Source = "benefit-claims",
        RecordId = "R1",
        Line = 2,
        Identifiers = identifiers,
    };

    private static Subject SubjectWith(params PersonIdentifier[] identifiers)
    {
        var subject = Subject();
        subject.Identifiers.UnionWith(identifiers);
        return subject;
    }
}
