using ScanService.Testing;
using System.Globalization;
using CsvHelper;

namespace ScanService.Tests.Support;

/// <summary>The identity of a link alert as it appears in the answer keys and in the export.</summary>
internal readonly record struct AlertKey(string Source, string RecordId, string InvestigationRef, string SubjectRef, string RuleId)
{
    public static List<AlertKey> ReadCsv(string path) => ReadCsvText(File.ReadAllText(path));

    public static List<AlertKey> ReadCsvText(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var keys = new List<AlertKey>();
        while (csv.Read())
        {
            keys.Add(new AlertKey(
                csv.GetField("source")!, csv.GetField("record_id")!, csv.GetField("investigation_ref")!,
                csv.GetField("subject_ref")!, csv.GetField("rule_id")!));
        }

        return keys;
    }

    /// <summary>What the bundled night must produce: the planted links less those documented as known misses.</summary>
    public static List<AlertKey> ExpectedOnSamples() =>
        ReadCsv(Repository.Path("samples", "expected-links.csv"))
            .Except(ReadCsv(Repository.Path("samples", "known-misses.csv")))
            .ToList();
}
