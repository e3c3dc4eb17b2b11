using ScanService.Testing;
using System.Globalization;
using CsvHelper;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>Logs and the digest carry references and masked details, never a person's full details.</summary>
public class PrivacyTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    /// <summary>Surnames, phone digits and full postcodes of every sample subject and of every partner record.</summary>
    internal static List<string> PersonalValues()
    {
        var values = new List<string>();
        foreach (var file in Directory.GetFiles(Repository.SampleExports, "*.csv").Where(f => !f.EndsWith("investigations.csv")))
        {
            using var csv = new CsvReader(new StreamReader(file), CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            var header = csv.HeaderRecord!;
            while (csv.Read())
            {
                if (header.Contains("surname") && csv.GetField("surname") is { Length: > 3 } surname) values.Add(surname);
                if (header.Contains("postcode") && csv.GetField("postcode") is { Length: > 4 } postcode) values.Add(postcode.ToUpperInvariant());
                if (header.Contains("phone") && csv.GetField("phone") is { Length: > 0 } phones)
                {
                    foreach (var phone in phones.Split(';'))
                    {
                        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
                        if (digits.Length >= 9) values.Add(digits[^7..]);
                    }
                }
            }
        }

        return values.Distinct().ToList();
    }

    [Test]
    public async Task The_log_file_holds_no_surname_phone_or_postcode_from_the_night()
    {
        await _workspace.RunAsync("2026-11-23");

        var log = string.Join('\n', Directory.GetFiles(Path.Combine(_workspace.Root, "logs")).Select(ReadShared));
        log.ShouldContain("Matched");
        var values = PersonalValues();
        values.Count.ShouldBeGreaterThan(50);
        values.Where(v => log.Contains(v, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    [Test]
    public async Task The_digest_holds_no_surname_phone_or_postcode_from_the_night()
    {
        await _workspace.RunAsync("2026-11-23");

        var digest = EmlText.Decode(_workspace.Digests.ShouldHaveSingleItem());
        digest.ShouldContain("NEW LINKS");
        PersonalValues().Where(v => digest.Contains(v, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
