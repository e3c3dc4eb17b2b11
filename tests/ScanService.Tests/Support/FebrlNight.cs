using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ScanService.Testing;

namespace ScanService.Tests.Support;

/// <summary>
/// Turns the FEBRL4 benchmark (Data/febrl: 5,000 originals <c>rec-N-org</c> in dataset4a, one duplicate
/// <c>rec-N-dup-0</c> of each in dataset4b; copied unchanged from ../shared/data/febrl, licences beside them)
/// into a night in the standard format: the originals are the subjects of open investigations, the duplicates
/// arrive as the source <c>febrl-4b</c>, and <c>truth.csv</c> (outside the exports folder, so it is not
/// scanned) links each duplicate to its original's investigation.
/// </summary>
internal sealed class FebrlNight
{
    public const string Source = "febrl-4b";
    public const int SubjectsPerInvestigation = 50;

    private static readonly string[] Teams = ["North Exploitation Team", "South Exploitation Team", "Labour Exploitation Team"];

    // Australian 4-digit postcodes are not UK postcodes: kept as an attribute so the postcode field stays honest.
    // FEBRL's soc_sec_id is a social security number, the Australian counterpart of the national insurance
    // number, so it arrives as the ni_number identifier column (with FEBRL's own corruptions left in).
    private static readonly string[] PersonColumns = ["forename", "surname", "date_of_birth", "address", "postcode", "au_postcode", "ni_number"];

    private FebrlNight(string exportsDirectory, string truthPath)
    {
        ExportsDirectory = exportsDirectory;
        TruthPath = truthPath;
    }

    public string ExportsDirectory { get; }

    public string TruthPath { get; }

    public static FebrlNight Write(string directory)
    {
        var originals = Read("dataset4a.csv");
        var duplicates = Read("dataset4b.csv");
        var exports = Path.Combine(directory, "exports");
        Directory.CreateDirectory(exports);
        var night = new FebrlNight(exports, Path.Combine(directory, "truth.csv"));

        var investigationCount = originals.Select(r => InvestigationIndex(r.RecId)).Max() + 1;
        WriteCsv(Path.Combine(exports, "investigations.csv"), ["investigation_ref", "operation_name", "status", "team", "officer", "opened_on"],
            Enumerable.Range(0, investigationCount).Select(i =>
                new[] { InvestigationRef(i), $"Operation Febrl {i + 1:000}", "open", Teams[i % Teams.Length], "DS Benchmark", "2026-01-05" }));
        WriteCsv(Path.Combine(exports, "subjects.csv"), ["investigation_ref", "subject_ref", "role", .. PersonColumns],
            originals.Select(r => (string[])[InvestigationOf(r.RecId), r.RecId, "subject", .. r.PersonValues()]));
        WriteCsv(Path.Combine(exports, Source + ".csv"), ["record_id", .. PersonColumns],
            duplicates.Select(r => (string[])[r.RecId, .. r.PersonValues()]));
        WriteCsv(night.TruthPath, ["source", "record_id", "investigation_ref", "subject_ref", "link_kind"],
            duplicates.Select(r => new[] { Source, r.RecId, InvestigationOf(OriginalOf(r.RecId)), OriginalOf(r.RecId), "person" }));
        return night;
    }

    public static string OriginalOf(string duplicateId) => $"rec-{Number(duplicateId)}-org";

    private static string InvestigationOf(string recId) => InvestigationRef(InvestigationIndex(recId));

    private static int InvestigationIndex(string recId) => Number(recId) / SubjectsPerInvestigation;

    private static string InvestigationRef(int index) => $"FEBRL-INV-{index + 1:000}";

    /// <summary>N of <c>rec-N-org</c> or <c>rec-N-dup-k</c>.</summary>
    private static int Number(string recId) => int.Parse(recId.Split('-')[1], CultureInfo.InvariantCulture);

    private static List<FebrlRecord> Read(string fileName)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim };
        using var csv = new CsvReader(new StreamReader(Repository.Path("tests", "ScanService.Tests", "Data", "febrl", fileName)), configuration);
        csv.Read();
        csv.ReadHeader();
        var records = new List<FebrlRecord>();
        while (csv.Read())
        {
            records.Add(new FebrlRecord(
                csv.GetField("rec_id")!, csv.GetField("given_name")!, csv.GetField("surname")!, csv.GetField("street_number")!,
                csv.GetField("address_1")!, csv.GetField("address_2")!, csv.GetField("suburb")!, csv.GetField("postcode")!,
                csv.GetField("date_of_birth")!, csv.GetField("soc_sec_id")!));
        }

        return records;
    }

    private static void WriteCsv(string path, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows.Prepend(header))
        {
            foreach (var value in row)
            {
                csv.WriteField(value);
            }

            csv.NextRecord();
        }
    }

    private sealed record FebrlRecord(
        string RecId, string GivenName, string Surname, string StreetNumber, string Address1, string Address2,
        string Suburb, string Postcode, string DateOfBirth, string SocialSecurityId)
    {
        /// <summary>forename, surname, date_of_birth (yyyyMMdd, a contract format), address, postcode (empty), au_postcode, ni_number.</summary>
        public string[] PersonValues() => [GivenName, Surname, DateOfBirth, Address(), string.Empty, Postcode, SocialSecurityId];

        private string Address()
        {
            var street = string.Join(' ', new[] { StreetNumber, Address1 }.Where(p => p.Length > 0));
            return string.Join(", ", new[] { street, Address2, Suburb }.Where(p => p.Length > 0));
        }
    }
}
