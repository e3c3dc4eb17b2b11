using ScanService.Core.Tests.Support;
using ScanService.Ingest;

namespace ScanService.Core.Tests.Ingest;

public class InvestigationsLoaderTests
{
    private const string Investigations =
        "investigation_ref,operation_name,status,team,officer,opened_on\n" +
        "INV-1,Op Alder,open,North Team,DS A. Example,2026-01-10\n" +
        "INV-2,Op Birch,closed,North Team,DS B. Example,2025-03-01\n" +
        "INV-3,Op Cedar,Open,Labour Team,DS C. Example,2026-05-05\n";

    private const string SubjectsHeader = "investigation_ref,subject_ref,role,forename,surname,full_name,date_of_birth,nationality,gender,address,postcode,phone,email\n";

    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = new TempFolder();
        _folder.Write("investigations.csv", Investigations);
    }

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private OpenInvestigations Load(string subjects)
    {
        _folder.Write("subjects.csv", SubjectsHeader + subjects);
        return new InvestigationsLoader(new DateOnly(2026, 11, 23)).Load(new ExportFolder(_folder.Path));
    }

    [Test]
    public void Only_open_investigations_are_kept_whatever_the_case_of_the_status()
    {
        var open = Load("INV-1,S1,suspect,Arben,Krasniqi,,,,,,,07700 900100,\n");

        open.Investigations.Keys.ShouldBe(["INV-1", "INV-3"], ignoreOrder: true);
    }

    [Test]
    public void The_rows_of_one_subject_add_up_and_a_closed_investigation_gives_no_link_target()
    {
        var open = Load(
            "INV-1,S1,suspect,Arben,Krasniqi,,14/03/1991,,,,,07700 900100,\n" +
            "INV-3,S1,associate,,,,,,,\"12 Oldham Road, Manchester\",M8 8EP,07700 900101,\n" +
            "INV-2,S1,suspect,Arbi,Krasniqi,,,,,,,07700 900102,\n" +
            "INV-2,S2,victim,Lan,Tran,,,,,,,07700 900103,\n");

        var subject = open.Subjects.ShouldHaveSingleItem();
        subject.SubjectRef.ShouldBe("S1");
        subject.Investigations.Select(i => i.InvestigationRef).ShouldBe(["INV-1", "INV-3"]);
        subject.Phones.ShouldBe(["+447700900100", "+447700900101", "+447700900102"], ignoreOrder: true);
        subject.Names.Count.ShouldBe(2);
        subject.Addresses.ShouldHaveSingleItem().Postcode.ShouldBe("M8 8EP");
    }

    [Test]
    public void A_subject_keeps_the_identifiers_of_all_its_rows()
    {
        _folder.Write("subjects.csv",
            "investigation_ref,subject_ref,role,forename,surname,ni_number,passport_number\n" +
            "INV-1,S1,suspect,Arben,Krasniqi,QQ 12 34 56 C,\n" +
            "INV-1,S1,suspect,Arben,Krasniqi,,AL1234567\n");

        var subject = new InvestigationsLoader(new DateOnly(2026, 11, 23)).Load(new ExportFolder(_folder.Path)).Subjects.ShouldHaveSingleItem();

        subject.Identifiers.ShouldBe(
            [new ScanService.Model.PersonIdentifier("ni_number", "QQ123456C"), new ScanService.Model.PersonIdentifier("passport_number", "AL1234567")],
            ignoreOrder: true);
    }

    [Test]
    public void A_large_subjects_file_normalised_on_several_cores_adds_up_and_reports_in_line_order()
    {
        // Enough rows for several blocks: the first and last rows of S1 are normalised in different blocks.
        var rows = new System.Text.StringBuilder();
        rows.Append("INV-1,S1,suspect,Arben,Krasniqi,,14/03/1991,,,,,07700 900100,\n");
        for (var i = 3; i <= 4_998; i++)
        {
            var dateOfBirth = i == 10 ? "31/02/1990" : string.Empty;
            var investigation = i == 2_500 ? "INV-9" : "INV-3";
            rows.Append($"{investigation},S{i},victim,Lan,Tran,,{dateOfBirth},,,,,07700 900{i % 1000:000},\n");
        }

        rows.Append("INV-3,S1,suspect,Arbi,Krasniqi,,,,,\"12 Oldham Road, Manchester\",M8 8EP,07700 900101,\n");

        var open = Load(rows.ToString());

        open.Subjects.Count.ShouldBe(4_996); // S1, and S3 to S4998 but S2500
        var first = open.Subjects.Single(s => s.SubjectRef == "S1");
        first.Investigations.Select(i => i.InvestigationRef).ShouldBe(["INV-1", "INV-3"]);
        first.Phones.ShouldBe(["+447700900100", "+447700900101"], ignoreOrder: true);
        first.Names.Count.ShouldBe(2);
        first.Addresses.ShouldHaveSingleItem().Postcode.ShouldBe("M8 8EP");
        open.Issues.Select(i => (i.Line, i.Field)).ShouldBe([(10, "date_of_birth"), (2_500, "investigation_ref")]);
    }

    [Test]
    public void A_subject_row_naming_an_unknown_investigation_is_rejected_with_its_line()
    {
        var open = Load("INV-9,S1,suspect,Arben,Krasniqi,,,,,,,,\n");

        var issue = open.Issues.ShouldHaveSingleItem();
        issue.Line.ShouldBe(2);
        issue.Field.ShouldBe("investigation_ref");
        open.Subjects.ShouldBeEmpty();
    }

    [Test]
    public void Missing_investigation_files_stop_the_scan_with_a_clear_reason()
    {
        File.Delete(Path.Combine(_folder.Path, "investigations.csv"));

        var ex = Should.Throw<InvestigationFilesException>(() => new InvestigationsLoader(new DateOnly(2026, 11, 23)).Load(new ExportFolder(_folder.Path)));
        ex.Message.ShouldContain("investigations.csv is missing");
    }
}
