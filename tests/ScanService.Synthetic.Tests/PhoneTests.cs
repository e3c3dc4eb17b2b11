using System.Text.RegularExpressions;
using ScanService.Normalise;
using ScanService.Synthetic.Tests.Support;
using ScanService.Testing;

namespace ScanService.Synthetic.Tests;

public partial class PhoneTests
{
    private static GeneratedNight Night => Nights.Standard;

    [Test]
    public void Every_UK_number_written_anywhere_lies_in_an_Ofcom_drama_range()
    {
        var ranges = DramaRanges();
        var checkedNumbers = 0;
        foreach (var number in AllNumbers().Select(n => n.E164).Where(n => n.StartsWith("+44", StringComparison.Ordinal)))
        {
            var value = long.Parse(number[1..], System.Globalization.CultureInfo.InvariantCulture);
            ranges.ShouldContain(r => value >= r.First && value <= r.Last, $"{number} is outside the drama ranges");
            checkedNumbers++;
        }

        checkedNumbers.ShouldBeGreaterThan(10_000);
    }

    [Test]
    public void Foreign_numbers_are_visibly_fake()
    {
        var foreign = AllNumbers().Select(n => n.E164).Where(n => !n.StartsWith("+44", StringComparison.Ordinal)).ToList();

        foreign.ShouldNotBeEmpty();
        foreign.ShouldAllBe(n => FakeForeign().IsMatch(n));
    }

    [Test]
    public void Only_subjects_hold_numbers_from_the_subject_share_of_the_ranges()
    {
        // The partition: UK numbers ending 000-699 are subjects' (and so true links'); everyone else's end 700-999.
        var subjectNumbers = Night.Subjects.Column("phone").SelectMany(p => PhoneNormaliser.NormaliseList(p).Numbers).ToHashSet();
        subjectNumbers.Where(n => n.StartsWith("+44", StringComparison.Ordinal)).ShouldAllBe(n => Suffix(n) < 700);

        var oneDigitOff = Night.Decoys.Rows.Where(r => r[3] == "phone-one-digit-off").Select(r => (r[0], r[1])).ToHashSet();
        foreach (var (source, recordId, e164) in AllNumbers().Where(n => n.Source != "subjects"))
        {
            if (e164.StartsWith("+44", StringComparison.Ordinal) && Suffix(e164) < 700 && !oneDigitOff.Contains((source, recordId)))
            {
                subjectNumbers.ShouldContain(e164, $"{source}/{recordId} has {e164} from the subject share but it is no subject's");
            }
        }
    }

    [Test]
    public void Every_phone_value_reads_except_the_deliberate_junk()
    {
        var unreadable = Night.SourceNames.Sum(s => Night.Source(s).Column("phone").Count(p => PhoneNormaliser.NormaliseList(p).Errors.Length > 0));

        unreadable.ShouldBeLessThanOrEqualTo(Night.Summary.JunkValueRows);
    }

    private static IEnumerable<(string Source, string RecordId, string E164)> AllNumbers()
    {
        foreach (var source in Night.SourceNames)
        {
            var table = Night.Source(source);
            foreach (var row in table.Rows)
            {
                foreach (var number in PhoneNormaliser.NormaliseList(table.Get(row, "phone")).Numbers)
                {
                    yield return (source, table.Get(row, "record_id"), number);
                }
            }
        }

        foreach (var row in Night.Subjects.Rows)
        {
            foreach (var number in PhoneNormaliser.NormaliseList(Night.Subjects.Get(row, "phone")).Numbers)
            {
                yield return ("subjects", row[1], number);
            }
        }
    }

    private static int Suffix(string e164) => int.Parse(e164[^3..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The test's own copy of the Ofcom ranges (CC BY 4.0, see Data/), independent of the generator's.</summary>
    private static List<(long First, long Last)> DramaRanges()
    {
        var table = CsvTable.Read(Repository.Path("tests", "ScanService.Synthetic.Tests", "Data", "ofcom_drama_ranges.csv"));
        return [.. table.Rows.Select(r => (
            long.Parse(table.Get(r, "first_number_e164")[1..], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(table.Get(r, "last_number_e164")[1..], System.Globalization.CultureInfo.InvariantCulture)))];
    }

    [GeneratedRegex(@"^\+\d{2,3}\d000\d{5}$")]
    private static partial Regex FakeForeign();
}
