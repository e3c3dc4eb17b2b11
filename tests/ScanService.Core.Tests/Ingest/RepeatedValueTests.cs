using ScanService.Core.Tests.Support;
using ScanService.Ingest;
using ScanService.Model;

namespace ScanService.Core.Tests.Ingest;

public class RepeatedValueTests
{
    private const string Header = "record_id,forename,surname,full_name,address,postcode,phone,ni_number,claim_type";
    private static readonly DateOnly RunDate = new(2026, 11, 23);

    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private SourceIngestResult Ingest(string text) =>
        new SourceIngester(RunDate).Ingest(new SourceFile("benefit-claims", _folder.Write("benefit-claims.csv", text)));

    [Test]
    public void Rows_with_the_same_unreadable_values_each_report_them_with_their_own_line_and_record_id()
    {
        var result = Ingest(Header + "\n" +
            "B1,Lan,Tran,,\"12 Oldham Rd, Manchester\",NOT KNOWN,07700 900123;unknown,,ESA\n" +
            "B2,Lan,Tran,,\"12 Oldham Rd, Manchester\",NOT KNOWN,07700 900123;unknown,,ESA\n" +
            "B3,Lan,Tran,,\"12 Oldham Rd, Manchester\",M8 8EP,07700 900123,,ESA\n" +
            "B4,Lan,Tran,,\"12 Oldham Rd, Manchester\",NOT KNOWN,07700 900123;unknown,,ESA\n");

        result.Report.FieldIssues.ShouldBe(6);
        result.Issues.Select(i => (i.Line, i.RecordId, i.Field)).ShouldBe(
        [
            (2, "B1", "phone"), (2, "B1", "postcode"),
            (3, "B2", "phone"), (3, "B2", "postcode"),
            (5, "B4", "phone"), (5, "B4", "postcode"),
        ]);
        result.Issues.Select(i => i.Reason).Distinct().Count().ShouldBe(2);
        result.Records.Select(r => r.Address.Postcode).ShouldBe([null, null, "M8 8EP", null]);
        result.Records.ShouldAllBe(r => r.Phones.SequenceEqual(new[] { "+447700900123" }));
    }

    [Test]
    public void Records_built_with_shared_values_are_the_same_as_records_built_without_them()
    {
        string[][] rows =
        [
            ["Lan", "Tran", "", "Flat 3, 12 Oldham Rd, Manchester", "m88ep", "07700 900123", "QQ 12 34 56 C"],
            ["", "", "NGUYEN Van Minh", "3/12 Oldham Road", "M8 8EP", "07700900123; 0161 496 0123", ""],
            ["Anna Maria", "Lopez", "", "NFA", "", "n/a", "N/A"],
            ["Anna", "Maria Lopez", "", "12 Oldham Road Flat 3, Manchester", "NOT KNOWN", "", ""],
            ["", "", "Lopez, Anna", "Rose Cottage, Mill Lane, Bradford BD8 2UA", "", "+44 (0)7700 900456", ""],
            ["Lan", "Tran", "", "Flat 3, 12 Oldham Rd, Manchester", "m88ep", "07700 900123", "QQ 12 34 56 C"],
            ["Anna", "Maria Lopez", "", "12 Oldham Road Flat 3, Manchester", "NOT KNOWN", "", ""],
            ["Anna Maria", "Lopez", "", "NFA", "", "n/a", "N/A"],
            ["Minh", "Tran", "", "Flat 3, 12 Oldham Rd, Manchester", "", "07700 900123;", "QQ 12 34 56 C"],
            ["", "", "Lan Tran", "flat 3, 12 oldham rd, manchester", "m88ep", "07700 900123", ""],
        ];
        var builder = new PersonRecordBuilder(RunDate);
        var pool = new ValuePool();

        for (var i = 0; i < rows.Length; i++)
        {
            var (shared, sharedProblems) = Build(builder, rows[i], i, pool);
            var (without, problems) = Build(builder, rows[i], i, pool: null);

            Describe(shared).ShouldBe(Describe(without), $"row {i}");
            sharedProblems.ShouldBe(problems, $"row {i}");
        }
    }

    [Test]
    public void Attributes_of_one_row_are_not_carried_into_the_next()
    {
        var result = Ingest(Header + "\n" +
            "B1,Lan,Tran,,,,07700 900123,QQ123456C,ESA\n" +
            "B2,Minh,Tran,,,,07700 900124,,\n" +
            "B3,Anh,Tran,,,,07700 900125,,PIP\n");

        result.Records[0].Attributes.ShouldBe([new("ni_number", "QQ123456C"), new("claim_type", "ESA")]);
        result.Records[1].Attributes.ShouldBeEmpty();
        result.Records[2].Attributes.ShouldBe([new KeyValuePair<string, string>("claim_type", "PIP")]);
    }

    [Test]
    public void Rows_with_the_same_attributes_share_them_and_rows_with_others_keep_their_own()
    {
        var result = Ingest(Header + "\n" +
            "B1,Lan,Tran,,,,07700 900123,,ESA\n" +
            "B2,Minh,Tran,,,,07700 900124,,ESA\n" +
            "B3,Anh,Tran,,,,07700 900125,QQ123456C,ESA\n" +
            "B4,Anh,Tran,,,,07700 900126,,PIP\n");

        result.Records[1].Attributes.ShouldBeSameAs(result.Records[0].Attributes);
        result.Records.Select(r => string.Join(";", r.Attributes.Select(a => $"{a.Key}={a.Value}"))).ShouldBe(
            ["claim_type=ESA", "claim_type=ESA", "ni_number=QQ123456C;claim_type=ESA", "claim_type=PIP"]);
        result.Records[2].Identifiers.Select(i => i.Value).ShouldBe(["QQ123456C"]);
        result.Records[0].Identifiers.ShouldBeEmpty();
    }

    private static (PersonRecord Record, List<FieldProblem> Problems) Build(PersonRecordBuilder builder, string[] row, int line, ValuePool? pool)
    {
        var fields = new PersonFields(string.Empty, row[0], row[1], row[2], string.Empty, string.Empty, string.Empty, row[3], row[4], row[5], string.Empty);
        KeyValuePair<string, string>[] attributes = row[6].Length == 0 ? [] : [new("ni_number", row[6])];
        var problems = new List<FieldProblem>();
        var record = builder.Build("benefit-claims", $"B{line}", line, fields, problems, attributes, pool);
        return (record, problems);
    }

    private static string Describe(PersonRecord record) =>
        $"{string.Join(' ', record.Name.Forenames)}|{string.Join(' ', record.Name.Surnames)}|{string.Join(';', record.Phones)}|{record.Address}|" +
        string.Join(';', record.Identifiers.Select(i => i.ToString()));
}
