using System.Text;
using ScanService.Core.Tests.Support;
using ScanService.Ingest;
using ScanService.Model;
using ScanService.Pipeline.Progress;

namespace ScanService.Core.Tests.Ingest;

public class SourceIngesterTests
{
    private const string Header = "record_id,record_date,forename,surname,full_name,date_of_birth,nationality,gender,address,postcode,phone,email";
    private static readonly DateOnly RunDate = new(2026, 11, 23);

    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private SourceIngestResult Ingest(string fileName, string text) =>
        new SourceIngester(RunDate).Ingest(new SourceFile(Path.GetFileNameWithoutExtension(fileName), _folder.Write(fileName, text)));

    [Test]
    public void A_clean_row_in_the_standard_format_is_accepted_and_normalised()
    {
        var result = Ingest("nrm-referrals.csv", Header + "\nR1,2026-11-22,Arben,Krasniqi,,14/03/1991,Albanian,M,\"Flat 3, 12 Oldham Rd, Manchester\",m88ep,07700 900123,a@example.org\n");

        result.Report.ShouldBe(new SourceReport("nrm-referrals", "nrm-referrals.csv", SourceOutcome.Read, 1, 1, 0, 0, null));
        var record = result.Records.ShouldHaveSingleItem();
        record.Source.ShouldBe("nrm-referrals");
        record.Line.ShouldBe(2);
        record.Name.Surnames.ShouldBe(["krasniqi"]);
        record.DateOfBirth.ShouldBe(new DateOfBirth(1991, 3, 14));
        record.Phones.ShouldBe(["+447700900123"]);
        record.Address.Postcode.ShouldBe("M8 8EP");
        record.RecordDate.ShouldBe(new DateOnly(2026, 11, 22));
    }

    [Test]
    public void Rows_of_one_source_that_give_the_same_values_share_one_instance_of_them()
    {
        var result = Ingest("benefit-claims.csv", "record_id,full_name,nationality,address,postcode,phone,claim_type\n" +
            "B1,Lan TRAN,Vietnamese,\"12 Oldham Rd, Manchester\",M8 8EP,07700 900123,ESA\n" +
            "B2,Lan TRAN,Vietnamese,\"12 Oldham Road, MANCHESTER\",m88ep,07700900123,ESA\n" +
            "B3,Minh TRAN,Vietnamese,\"14 Oldham Road, Manchester\",M8 8EP,,ESA\n");

        var (b1, b2, b3) = (result.Records[0], result.Records[1], result.Records[2]);
        b2.Name.ShouldBeSameAs(b1.Name);
        b2.Address.ShouldBeSameAs(b1.Address);
        b2.Phones[0].ShouldBeSameAs(b1.Phones[0]);
        b2.Nationality.ShouldBeSameAs(b1.Nationality);
        b2.Attributes[0].Value.ShouldBeSameAs(b1.Attributes[0].Value);
        b3.Name.Surnames[0].ShouldBeSameAs(b1.Name.Surnames[0]);
        b3.Address.Street.ShouldBeSameAs(b1.Address.Street);
        b3.Address.Town.ShouldBeSameAs(b1.Address.Town);
        b3.Address.Number.ShouldBe("14");
        b1.Address.ToString().ShouldBe(new ParsedAddress(null, "12", null, "oldham road", "manchester", "M8 8EP").ToString());
    }

    [Test]
    public void A_night_read_largest_file_first_reports_its_sources_in_name_order()
    {
        var files = new[] { ("a-small.csv", 1), ("b-large.csv", 400), ("c-medium.csv", 40) }
            .Select(f => new SourceFile(Path.GetFileNameWithoutExtension(f.Item1), _folder.Write(f.Item1,
                "record_id,full_name\n" + string.Concat(Enumerable.Range(1, f.Item2).Select(i => $"R{i},Lan Tran\n")))))
            .ToList();

        var results = SourceBatch.IngestAll(new SourceIngester(RunDate), files, CancellationToken.None);

        results.Select(r => (r.Report.Source, r.Report.Accepted)).ShouldBe([("a-small", 1), ("b-large", 400), ("c-medium", 40)]);
    }

    [Test]
    public void Ingest_counts_every_byte_of_the_night_s_files_against_their_total_size()
    {
        var files = new[] { ("helpline.csv", 3), ("benefit-claims.csv", 2_000) }
            .Select(f => new SourceFile(Path.GetFileNameWithoutExtension(f.Item1), _folder.Write(f.Item1,
                "record_id,full_name,phone\n" + string.Concat(Enumerable.Range(1, f.Item2).Select(i => $"R{i},Zoë Łukasz,07700 900{i % 1000:000}\n")))))
            .ToList();
        var sizes = files.Sum(f => new FileInfo(f.Path).Length);
        var bytesRead = new ProgressCounter(SourceBatch.TotalBytes(files));

        var results = SourceBatch.IngestAll(new SourceIngester(RunDate), files, CancellationToken.None, bytesRead);

        results.Sum(r => r.Report.Accepted).ShouldBe(2_003);
        bytesRead.Total.ShouldBe(sizes);
        bytesRead.Done.ShouldBe(sizes, "bytes, not characters: the names hold letters of two bytes");
    }

    [Test]
    public void Column_order_is_free_and_extra_columns_do_not_break_the_layout()
    {
        var result = Ingest("helpline.csv", "notes,phone,record_id\nworried caller,07700 900124,H1\n");

        result.Report.Outcome.ShouldBe(SourceOutcome.Read);
        result.Records.ShouldHaveSingleItem().Phones.ShouldBe(["+447700900124"]);
    }

    [Test]
    public void Extra_columns_are_kept_as_attributes_with_their_non_empty_values()
    {
        var result = Ingest("nrm-referrals.csv", "referral_type,record_id,full_name,exploitation_type,notes\nAdult,N1,Lan TRAN,Labour,\n");

        result.Records.ShouldHaveSingleItem().Attributes.ShouldBe(
        [
            new KeyValuePair<string, string>("referral_type", "Adult"),
            new KeyValuePair<string, string>("exploitation_type", "Labour"),
        ]);
    }

    [Test]
    public void An_identifier_column_gives_the_record_a_normalised_identifier_and_a_placeholder_is_reported_with_its_line()
    {
        var result = Ingest("benefit-claims.csv", "record_id,forename,surname,ni_number\nB1,Ana,Popescu,qq 12 34 56 c\nB2,Ion,Popa,n/a\n");

        result.Records.Select(r => r.Identifiers.Length).ShouldBe([1, 0]);
        result.Records[0].Identifiers.ShouldBe([new PersonIdentifier("ni_number", "QQ123456C")]);
        var issue = result.Issues.ShouldHaveSingleItem();
        (issue.Line, issue.Field, issue.Outcome).ShouldBe((3, "ni_number", IssueOutcome.FieldDropped));
    }

    [Test]
    public void Every_row_is_accounted_for_as_accepted_or_rejected_with_line_field_and_reason()
    {
        var text = Header + "\n" +
            "R1,,Ana,Popescu,,,,,,,07700 900125,\n" +          // line 2: fine
            ",,Ion,Popa,,,,,,,07700 900126,\n" +                // line 3: empty record_id
            "R1,,Ana,Popescu,,,,,,,07700 900127,\n" +          // line 4: duplicate id
            "R4,,Too,Many,,,,,,,07700 900128,,extra\n" +       // line 5: extra field
            "R5,2026-11-22,,,,,,,,,,\n";                        // line 6: nothing to match on
        var result = Ingest("la-safeguarding.csv", text);

        result.Report.RowsRead.ShouldBe(5);
        result.Report.Accepted.ShouldBe(1);
        result.Report.Rejected.ShouldBe(4);
        result.Issues.Select(i => (i.Line, i.Field, i.Outcome)).ShouldBe(
        [
            (3, "record_id", IssueOutcome.Rejected),
            (4, "record_id", IssueOutcome.Rejected),
            (5, "(row)", IssueOutcome.Rejected),
            (6, "(row)", IssueOutcome.Rejected),
        ]);
        result.Issues[1].Reason.ShouldContain("line 2");
        result.Issues[2].Reason.ShouldContain("13 fields but the header has 12");
    }

    [Test]
    public void A_value_that_cannot_be_read_is_dropped_but_the_row_still_takes_part()
    {
        var result = Ingest("benefit-claims.csv", Header + "\nB1,,Lan,Tran,,31/02/1990,,,,NOT KNOWN,unknown,\n");

        result.Report.Accepted.ShouldBe(1);
        result.Report.FieldIssues.ShouldBe(3);
        result.Issues.Select(i => i.Field).ShouldBe(["date_of_birth", "phone", "postcode"], ignoreOrder: true);
        result.Issues.ShouldAllBe(i => i.Outcome == IssueOutcome.FieldDropped && i.Line == 2);
        result.Records.ShouldHaveSingleItem().DateOfBirth.ShouldBeNull();
    }

    [Test]
    public void Reasons_never_repeat_the_personal_value_that_was_refused()
    {
        var result = Ingest("benefit-claims.csv", Header + "\nB1,,Lan,Tran,,12/31/1990,,,,,07700 9,\n");

        result.Issues.ShouldNotBeEmpty();
        result.Issues.ShouldAllBe(i => !i.Reason.Contains("12/31/1990") && !i.Reason.Contains("07700 9"));
    }

    [Test]
    public void Line_numbers_count_physical_lines_across_quoted_line_breaks_and_blank_lines()
    {
        var text = Header + "\nR1,,Ana,Popescu,,,,,\"Flat 1\n12 Mill Lane\",,07700 900125,\n\n,,x,y,,,,,,,07700 900126,\n";
        var result = Ingest("police-intelligence.csv", text);

        result.Report.RowsRead.ShouldBe(2);
        result.Issues.ShouldHaveSingleItem().Line.ShouldBe(5);
    }

    [Test]
    public void A_file_whose_header_is_not_the_standard_format_fails_as_a_source_with_the_reason()
    {
        var result = Ingest("unknown-layout.csv", "Ref,Name,Born\n1,Someone,1990\n");

        result.Report.Outcome.ShouldBe(SourceOutcome.Failed);
        result.Report.Error!.ShouldContain("record_id");
        result.Records.ShouldBeEmpty();
        result.Issues.ShouldHaveSingleItem().Outcome.ShouldBe(IssueOutcome.SourceFailed);
    }

    [Test]
    public void A_file_that_is_not_utf8_fails_with_the_line_of_the_first_bad_byte_instead_of_mojibake()
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\nR1,,Andre,Martin,,,,,,,07700 900125,\nR2,,Ren\u00e9,Dubois,,,,,,,07700 900126,\n");
        var path = _folder.WriteBytes("partner.csv", latin1);

        var result = new SourceIngester(RunDate).Ingest(new SourceFile("partner", path));

        result.Report.Outcome.ShouldBe(SourceOutcome.Failed);
        result.Report.Error!.ShouldContain("not valid UTF-8");
        result.Report.Error!.ShouldContain("line 3");
        result.Records.ShouldBeEmpty();
    }

    [Test]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("record_id,full_name\nR1,\u0218tefan POPESCU\n")).ToArray();
        var path = _folder.WriteBytes("bom.csv", bytes);

        var result = new SourceIngester(RunDate).Ingest(new SourceFile("bom", path));

        result.Report.Accepted.ShouldBe(1);
        result.Records[0].Name.Surnames.ShouldBe(["popescu"]);
    }

    [Test]
    public void An_empty_file_fails_as_a_source()
    {
        var result = Ingest("empty.csv", "");

        result.Report.Outcome.ShouldBe(SourceOutcome.Failed);
        result.Report.Error!.ShouldContain("empty");
    }
}
