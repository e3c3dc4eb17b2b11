using System.Text.RegularExpressions;
using ScanService.Model;
using ScanService.Normalise;
using ScanService.Synthetic.Rendering;
using ScanService.Synthetic.Tests.Support;

namespace ScanService.Synthetic.Tests;

/// <summary>Each kind of mess occurs, at a plausible rate, in a night of 20,000 records.</summary>
public partial class MessTests
{
    private static GeneratedNight Night => Nights.Standard;

    [Test]
    public void Some_true_person_links_have_the_day_and_month_of_birth_transposed()
    {
        var subjectBirths = Night.Subjects.Rows
            .Select(r => (Subject: r[1], Dob: DateOfBirthParser.Parse(Night.Subjects.Get(r, "date_of_birth"))))
            .Where(x => x.Dob.Success && x.Dob.Value.Month != 1)
            .GroupBy(x => x.Subject)
            .ToDictionary(g => g.Key, g => g.First().Dob.Value);
        var transposed = 0;
        foreach (var row in Night.Truth.Rows.Where(r => r[4] == "person" && subjectBirths.ContainsKey(r[3])))
        {
            var raw = Night.Source(row[0]).Get(Night.Record(row[0], row[1]), "date_of_birth");
            var dob = DateOfBirthParser.Parse(raw);
            var subject = subjectBirths[row[3]];
            if (dob.Success && !dob.Value.IsYearOnly && dob.Value == new DateOfBirth(subject.Year, subject.Day, subject.Month) && subject.Day != subject.Month)
            {
                transposed++;
            }
        }

        transposed.ShouldBeGreaterThanOrEqualTo(5);
    }

    [Test]
    public void Spreadsheets_lost_the_leading_zero_of_some_phones()
    {
        var lost = Night.SourceNames.SelectMany(s => Night.Source(s).Column("phone"))
            .SelectMany(p => p.Split(';', StringSplitOptions.TrimEntries))
            .Count(p => LostZero().IsMatch(p));

        lost.ShouldBeGreaterThan(100);
    }

    [Test]
    public void Police_write_most_full_names_with_the_surname_in_capitals_and_some_as_SURNAME_comma_Forename()
    {
        var names = Night.Source("police-intelligence").Column("full_name").Where(n => n.Length > 0).ToList();
        var upperSurname = names.Count(n => n.Any(char.IsLower) && n.Split(' ', ',').Any(w => w.Length > 1 && w.All(c => !char.IsLower(c)) && w.Any(char.IsLetter)));
        var comma = names.Count(n => SurnameComma().IsMatch(n));

        ((double)upperSurname / names.Count).ShouldBeInRange(0.4, 0.9);
        ((double)comma / names.Count).ShouldBeInRange(0.15, 0.5);
    }

    [Test]
    public void NRM_dates_of_birth_are_often_only_estimates()
    {
        var dobs = Night.Source("nrm-referrals").Column("date_of_birth").Where(d => d.Length > 0).ToList();
        var yearOnly = dobs.Count(d => d.Length == 4);
        var januaryFirst = dobs.Select(d => DateOfBirthParser.Parse(d)).Count(d => d.Success && !d.Value.IsYearOnly && d.Value.Month == 1 && d.Value.Day == 1);

        ((double)yearOnly / dobs.Count).ShouldBeInRange(0.1, 0.3);
        ((double)januaryFirst / dobs.Count).ShouldBeInRange(0.2, 0.5);
    }

    [Test]
    public void Dates_of_birth_come_in_every_contract_format()
    {
        var dobs = Night.SourceNames.SelectMany(s => Night.Source(s).Column("date_of_birth")).Where(d => d.Length > 0).ToList();

        foreach (var format in new[] { @"^\d{4}-\d{2}-\d{2}$", @"^\d{2}/\d{2}/\d{4}$", @"^\d{1,2}/\d{1,2}/\d{4}$", @"^\d{2}-[A-Z][a-z]{2}-\d{4}$", @"^\d{2}\.\d{2}\.\d{4}$", @"^\d{8}$", @"^\d{4}$" })
        {
            dobs.Count(d => Regex.IsMatch(d, format)).ShouldBeGreaterThan(50, format);
        }
    }

    [Test]
    public void Names_come_with_and_without_their_diacritics()
    {
        var names = Night.SourceNames.SelectMany(s => Night.Source(s).Column("surname").Concat(Night.Source(s).Column("full_name"))).ToList();

        names.Count(n => n.Contains("Nguyễn", StringComparison.OrdinalIgnoreCase)).ShouldBeGreaterThan(20);
        names.Count(n => n.Contains("Nguyen", StringComparison.OrdinalIgnoreCase)).ShouldBeGreaterThan(20);
        foreach (var letter in new[] { "ș", "ț", "ł", "đ", "ë", "ç", "é", "ő" })
        {
            Night.SourceNames.Any(s => File.ReadAllText(Path.Combine(Night.Exports, s + ".csv")).Contains(letter, StringComparison.OrdinalIgnoreCase))
                .ShouldBeTrue($"no name has {letter}");
        }
    }

    [Test]
    public void Addresses_and_postcodes_come_in_many_forms()
    {
        var addresses = Night.SourceNames.SelectMany(s => Night.Source(s).Column("address")).Where(a => a.Length > 0).ToList();
        var postcodes = Night.SourceNames.SelectMany(s => Night.Source(s).Column("postcode")).Where(p => p.Length > 0).ToList();

        addresses.Count(a => Regex.IsMatch(a, @"^\d+/\d+ ")).ShouldBeGreaterThan(20);
        addresses.Count(a => Regex.IsMatch(a, @"^\d+ [A-Za-z' ]+ Flat \d+")).ShouldBeGreaterThan(10);
        addresses.Count(a => Regex.IsMatch(a, @"^Flat \d+, \d+ ")).ShouldBeGreaterThan(50);
        addresses.Count(a => Regex.IsMatch(a, @"\b(Rd|St|Ln|Ave)\b")).ShouldBeGreaterThan(200);
        addresses.Count(a => a.Contains('\n')).ShouldBeGreaterThan(0);
        postcodes.Count(p => p.Any(char.IsLower) || !p.Contains(' ') || p.Contains("  ")).ShouldBeGreaterThan(postcodes.Count / 10);
    }

    [Test]
    public void Some_rows_give_several_phone_numbers()
    {
        Night.SourceNames.SelectMany(s => Night.Source(s).Column("phone")).Count(p => p.Contains(';')).ShouldBeGreaterThan(100);
    }

    [TestCase(MessKind.SpellingVariant, 0.02)]
    [TestCase(MessKind.Nickname, 0.005)]
    [TestCase(MessKind.DiacriticsDropped, 0.05)]
    [TestCase(MessKind.Typo, 0.02)]
    [TestCase(MessKind.ForenameSurnameSwapped, 0.02)]
    [TestCase(MessKind.MiddleNameDropped, 0.02)]
    [TestCase(MessKind.NamePartDropped, 0.01)]
    [TestCase(MessKind.NamePartsRegrouped, 0.01)]
    [TestCase(MessKind.UpperCaseSurname, 0.1)]
    [TestCase(MessKind.FullNameSurnameComma, 0.03)]
    [TestCase(MessKind.DobEstimatedJanuaryFirst, 0.02)]
    [TestCase(MessKind.DobYearOnly, 0.01)]
    [TestCase(MessKind.DobTransposed, 0.004)]
    [TestCase(MessKind.DobOneDigitOff, 0.005)]
    [TestCase(MessKind.DobYearOff, 0.004)]
    [TestCase(MessKind.DobMissing, 0.005)]
    [TestCase(MessKind.PhoneLostLeadingZero, 0.01)]
    [TestCase(MessKind.PhoneInternationalForm, 0.05)]
    [TestCase(MessKind.FlatSlashForm, 0.005)]
    [TestCase(MessKind.StreetAbbreviated, 0.05)]
    [TestCase(MessKind.PostcodeMissing, 0.02)]
    public void Each_kind_of_mess_reaches_true_links_at_a_plausible_rate(MessKind kind, double atLeast)
    {
        var count = Night.Summary.MessOnLinks.Single(m => m.Name == Labels.Kebab(kind)).Count;
        var share = (double)count / Night.Summary.LinkRecords;

        share.ShouldBeInRange(atLeast, 0.6, $"{kind}: {count} of {Night.Summary.LinkRecords} true-link records");
    }

    [Test]
    public void Every_kind_of_mess_happens_at_least_once()
    {
        Night.Summary.MessOnLinks.Where(m => m.Count == 0).Select(m => m.Name).ShouldBeEmpty();
    }

    [GeneratedRegex(@"^(7\d{9}|[12]\d{9})$")]
    private static partial Regex LostZero();

    [GeneratedRegex(@"^[^a-z,]+, \S")]
    private static partial Regex SurnameComma();
}
