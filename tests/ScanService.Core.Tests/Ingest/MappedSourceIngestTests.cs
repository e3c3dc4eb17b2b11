using System.Text;
using ScanService.Core.Tests.Support;
using ScanService.Ingest;
using ScanService.Ingest.Mappings;
using ScanService.Model;
using ScanService.Testing;

namespace ScanService.Core.Tests.Ingest;

public class MappedSourceIngestTests
{
    private static readonly DateOnly RunDate = new(2026, 11, 23);

    private static readonly SourceMappings Shipped = new(SourceMappingLoader.Read(Repository.Rules).Mappings);

    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private static SourceFile PartnerFile(string source) => new(source, Repository.Path("samples", "partner-layouts", source + ".csv"));

    private static SourceMappings MappingFor(string source, string yaml)
    {
        using var rules = new TempFolder();
        Directory.CreateDirectory(Path.Combine(rules.Path, "mappings"));
        rules.Write(Path.Combine("mappings", source + ".yaml"), yaml);
        var (mappings, errors, _) = SourceMappingLoader.Read(rules.Path);
        errors.ShouldBeEmpty();
        return new SourceMappings(mappings);
    }

    [Test]
    public void The_nrm_casework_layout_is_read_through_its_mapping()
    {
        var result = new SourceIngester(RunDate, Shipped).Ingest(PartnerFile("nrm-casework"));

        result.Report.Outcome.ShouldBe(SourceOutcome.Read);
        result.Report.Accepted.ShouldBe(7);
        var turcanu = result.Records.Single(r => r.RecordId == "NRMC-26-0001");
        turcanu.Name.Surnames.ShouldBe(["turcanu"]);
        turcanu.DateOfBirth.ShouldBe(new DateOfBirth(1999, 6, 21));
        turcanu.RecordDate.ShouldBe(new DateOnly(2026, 11, 22));
        turcanu.Phones.ShouldBe(["+447700900521"]);
        turcanu.Identifiers.ShouldBe([new PersonIdentifier("home_office_ref", "Z2530829")], "the mapping names the 'HO reference' column home_office_ref");
        turcanu.Attributes.Select(a => a.Key).ShouldNotContain("HO reference");
        result.Records.Single(r => r.RecordId == "NRMC-26-0006").DateOfBirth.ShouldBe(DateOfBirth.YearOnly(1973));
    }

    [Test]
    public void A_mapped_row_problem_names_the_file_the_line_and_the_partners_own_column()
    {
        var result = new SourceIngester(RunDate, Shipped).Ingest(PartnerFile("nrm-casework"));

        var issue = result.Issues.ShouldHaveSingleItem();
        issue.ToString().ShouldStartWith("nrm-casework.csv:6: DOB (dd/mm/yyyy): does not match the date format(s) in mappings/nrm-casework.yaml");
        issue.RecordId.ShouldBe("NRMC-26-0005");
        issue.Outcome.ShouldBe(IssueOutcome.FieldDropped);
    }

    [Test]
    public void The_windows_1252_semicolon_layout_is_decoded_exactly_with_its_header_on_line_three()
    {
        var result = new SourceIngester(RunDate, Shipped).Ingest(PartnerFile("glaa-visits"));

        result.Report.Accepted.ShouldBe(5);
        var arben = result.Records.Single(r => r.RecordId == "GLAAV-26-0101");
        arben.Line.ShouldBe(4);
        arben.Name.Forenames.ShouldBe(["arben"]);
        arben.Address.Postcode.ShouldBe("LS4 2BT");
        arben.DateOfBirth.ShouldBe(new DateOfBirth(1984, 7, 5));
        result.Issues.ShouldHaveSingleItem().ToString().ShouldStartWith("glaa-visits.csv:8: Date of birth:");
    }

    [Test]
    public void The_decoded_names_keep_their_accented_letters()
    {
        Shipped.TryGet("glaa-visits", out var mapping).ShouldBeTrue();
        using var reader = new CsvRowReader(PartnerFile("glaa-visits").Path, mapping.Format);
        var layout = SourceLayout.Mapped(mapping, reader.ReadHeader()!).Value;
        var forenames = new List<string>();
        while (reader.Read())
        {
            forenames.Add(layout.Read(reader, []).Forename);
        }

        forenames.ShouldBe(["Arbën", "Zoë", "Dariusz", "José", "Renée"]);
    }

    [Test]
    public void Without_its_mapping_the_windows_1252_file_fails_as_not_utf8()
    {
        var result = new SourceIngester(RunDate).Ingest(PartnerFile("glaa-visits"));

        result.Report.Outcome.ShouldBe(SourceOutcome.Failed);
        result.Report.Error!.ShouldContain("not valid UTF-8 (first bad byte at line 4");
    }

    [Test]
    public void A_mapping_wins_over_standard_format_detection()
    {
        var path = _folder.Write("helpline.csv", "record_id,full_name,ref\nR1,Ana Popescu,H-1\n");
        var mappings = MappingFor("helpline", "columns:\n  record_id: ref\n  full_name: full_name\n");

        var record = new SourceIngester(RunDate, mappings).Ingest(new SourceFile("helpline", path)).Records.ShouldHaveSingleItem();

        record.RecordId.ShouldBe("H-1");
    }

    [Test]
    public void A_utf8_file_declared_as_windows_1252_is_refused_instead_of_garbled()
    {
        var path = _folder.Write("partner.csv", "Ref;Name\nP1;Zoë Marchetti\n");
        var mappings = MappingFor("partner", "encoding: windows-1252\ndelimiter: semicolon\ncolumns:\n  record_id: Ref\n  full_name: Name\n");

        var result = new SourceIngester(RunDate, mappings).Ingest(new SourceFile("partner", path));

        result.Report.Outcome.ShouldBe(SourceOutcome.Failed);
        result.Report.Error!.ShouldContain("valid UTF-8, but its mapping says windows-1252");
        result.Report.Error!.ShouldContain("line 2, byte 6");
    }

    [Test]
    public void A_byte_unassigned_in_windows_1252_shows_the_file_is_in_another_encoding()
    {
        var bytes = Encoding.ASCII.GetBytes("Ref;Name\nP1;Zo").Concat(new byte[] { 0x81 }).Concat(Encoding.ASCII.GetBytes("\n")).ToArray();
        var path = _folder.WriteBytes("partner.csv", bytes);
        var mappings = MappingFor("partner", "encoding: windows-1252\ndelimiter: semicolon\ncolumns:\n  record_id: Ref\n  full_name: Name\n");

        var result = new SourceIngester(RunDate, mappings).Ingest(new SourceFile("partner", path));

        result.Report.Error!.ShouldContain("byte 0x81 is not a character in windows-1252");
    }

    [Test]
    public void A_mapped_column_missing_from_the_header_fails_the_source_with_a_suggestion()
    {
        var path = _folder.Write("partner.csv", "Ref,Family Name\nP1,Popescu\n");
        var mappings = MappingFor("partner", "columns:\n  record_id: Ref\n  surname: Family nmae\n");

        var result = new SourceIngester(RunDate, mappings).Ingest(new SourceFile("partner", path));

        result.Report.Outcome.ShouldBe(SourceOutcome.Failed);
        result.Report.Error!.ShouldBe("the header on line 1 lacks column(s) named in mappings/partner.yaml: 'Family nmae' (for surname), did you mean 'Family Name'?");
    }

    [Test]
    public void A_tab_delimited_file_with_a_preamble_counts_physical_lines()
    {
        var path = _folder.Write("partner.csv", "Export of 22/11/2026\n\nRef\tName\tBorn\nP1\tAna Popescu\t1990-04-11\nP2\tIon\n");
        var mappings = MappingFor("partner", "delimiter: tab\nheader_row: 3\ncolumns:\n  record_id: Ref\n  full_name: Name\n  date_of_birth: Born\n");

        var result = new SourceIngester(RunDate, mappings).Ingest(new SourceFile("partner", path));

        result.Records.ShouldHaveSingleItem().Line.ShouldBe(4);
        result.Issues.ShouldHaveSingleItem().Line.ShouldBe(5);
    }
}
