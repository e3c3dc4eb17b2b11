using System.Text;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// A night at a hostel: thirty people give the hostel's address, and so did a subject when she lived there. Without
/// generic values every resident would be a premises link to her; with them only her own record links (by name and
/// date of birth), and the digest lists the address for review. An analyst's allow list brings the links back.
/// </summary>
public class GenericValuesNightTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    private string WriteHostelNight()
    {
        var exports = Path.Combine(_workspace.Root, "hostel-night");
        Directory.CreateDirectory(exports);
        File.WriteAllText(Path.Combine(exports, "investigations.csv"),
            "investigation_ref,operation_name,status,team,officer,opened_on\nINV-1,Operation Alder,open,North Exploitation Team,DS A. Example,2026-01-10\n");
        File.WriteAllText(Path.Combine(exports, "subjects.csv"),
            "investigation_ref,subject_ref,role,forename,surname,date_of_birth,address,postcode,phone\n" +
            "INV-1,SUB-1,victim,Klodiana,Xhaferi,1990-12-03,\"12 Oldham Road, Manchester\",M4 5AH,07700 900111\n");
        var rows = new StringBuilder("record_id,forename,surname,date_of_birth,address,postcode\n");
        string[] forenames = ["Adam", "Bora", "Chen", "Dritan", "Eszter", "Farah", "Goran", "Hana", "Ionut", "Jakub"];
        string[] surnames = ["Ahmeti", "Barbu", "Costa"];
        var n = 0;
        foreach (var forename in forenames)
        {
            foreach (var surname in surnames)
            {
                n++;
                rows.Append($"LA-{n:000},{forename},{surname},{1970 + n:0000}-0{1 + (n % 9)}-1{n % 10},\"12 Oldham Road, Manchester\",M4 5AH\n");
            }
        }

        rows.Append("LA-100,Klodiana,Xhaferi,03/12/1990,\"12 Oldham Road, Manchester\",M4 5AH\n");
        File.WriteAllText(Path.Combine(exports, "la-safeguarding.csv"), rows.ToString());
        return exports;
    }

    [Test]
    public async Task A_hostel_address_given_by_thirty_people_links_nobody_by_premises_and_is_listed_for_review()
    {
        var run = await _workspace.RunAsync("2026-11-23", exports: WriteHostelNight());
        run.ExitCode.ShouldBe(0, run.Error);

        var alerts = AlertKey.ReadCsvText((await _workspace.ExportAsync()).Output);
        alerts.ShouldHaveSingleItem().ShouldBe(new AlertKey("la-safeguarding", "LA-100", "INV-1", "SUB-1", "same-person"));
        var digest = EmlText.Decode(_workspace.Digests.ShouldHaveSingleItem());
        digest.ShouldContain("GENERIC VALUES");
        digest.ShouldContain("postcode M4 …");
        digest.ShouldNotContain("M4 5AH");
        _workspace.LogText().ShouldContain("Generic values taken out of person links tonight: 1");
    }

    [Test]
    public async Task On_the_allow_list_the_same_address_links_every_resident_again()
    {
        var rules = RulesFolderCopy.Create(_workspace.Root);
        File.WriteAllText(Path.Combine(rules, "lists", "generic-values.yaml"),
            "max_people: 25\nallow:\n  - address: 12 Oldham Road, Manchester\n    postcode: M4 5AH\n");

        var run = await _workspace.RunAsync("2026-11-23", exports: WriteHostelNight(), rules: rules);
        run.ExitCode.ShouldBe(0, run.Error);

        var alerts = AlertKey.ReadCsvText((await _workspace.ExportAsync()).Output);
        alerts.Count(a => a.RuleId == "same-premises").ShouldBe(31);
        EmlText.Decode(_workspace.Digests.ShouldHaveSingleItem()).ShouldNotContain("GENERIC VALUES");
    }
}
