using ScanService.Core.Tests.Support;
using ScanService.Ingest;
using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Core.Tests.Ingest;

public class RawValueMemoTests
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
    public void A_night_read_with_the_memo_gives_the_same_records_and_problems_as_one_read_without_it()
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
            var (withMemo, memoProblems) = Build(builder, rows[i], i, pool);
            var (without, problems) = Build(builder, rows[i], i, pool: null);

            Describe(withMemo).ShouldBe(Describe(without), $"row {i}");
            memoProblems.ShouldBe(problems, $"row {i}");
        }
    }

    [Test]
    public void Names_that_differ_only_in_which_column_a_word_is_in_are_not_confused()
    {
        var memo = new ValuePool().Memo;

        var first = memo.Name("Anna Maria", "Lopez", "");
        var second = memo.Name("Anna", "Maria Lopez", "");

        first.Surnames.ShouldBe(["lopez"]);
        second.Surnames.ShouldBe(["maria", "lopez"]);
        memo.Name("Anna Maria", "Lopez", "").ShouldBeSameAs(first);
    }

    [Test]
    public void Premises_with_the_same_address_and_another_postcode_are_read_again()
    {
        var memo = new ValuePool().Memo;

        var good = memo.Premises("12 Oldham Rd, Manchester", "M8 8EP");
        var bad = memo.Premises("12 Oldham Rd, Manchester", "NOT KNOWN");
        var swapped = memo.Premises("M8 8EP", "12 Oldham Rd, Manchester");

        good.Address.Postcode.ShouldBe("M8 8EP");
        good.PostcodeProblem.ShouldBeNull();
        bad.Address.Postcode.ShouldBeNull();
        bad.PostcodeProblem.ShouldNotBeNull();
        swapped.Address.Street.ShouldBeNull();
        memo.Premises("12 Oldham Rd, Manchester", "M8 8EP").ShouldBeSameAs(good);
    }

    [Test]
    public void A_repeated_phone_field_is_answered_from_memory_with_its_errors()
    {
        var memo = new ValuePool().Memo;

        var first = memo.Phones("07700 900123; unknown");
        var again = memo.Phones("07700 900123; unknown");

        again.ShouldBeSameAs(first);
        first.Numbers.ShouldBe(["+447700900123"]);
        first.Errors.ShouldHaveSingleItem().ShouldStartWith("phone 2");
        memo.Phones("07700 900124").Numbers.ShouldBe(["+447700900124"]);
    }

    [Test]
    public void A_full_memo_starts_afresh_and_still_gives_the_right_answers()
    {
        var memo = new RawValueMemo(new ValuePool(), new MemoLimits(Capacity: 2, TrialLookups: 1_000, MinimumHitRatio: 2));
        string[] fields = ["07700 900121", "07700 900122", "07700 900123", "07700 900121", "07700 900123"];

        var numbers = fields.Select(f => memo.Phones(f).Numbers.ShouldHaveSingleItem()).ToList();

        numbers.ShouldBe(["+447700900121", "+447700900122", "+447700900123", "+447700900121", "+447700900123"]);
        memo.Phones("07700 900123").ShouldBeSameAs(memo.Phones("07700 900123"));
    }

    [Test]
    public void A_kind_of_value_that_hardly_repeats_is_no_longer_remembered_after_the_trial()
    {
        var memo = new RawValueMemo(new ValuePool(), new MemoLimits(Capacity: 100, TrialLookups: 4, MinimumHitRatio: 2));
        var first = memo.Premises("1 Mill Lane, Bradford", "");
        memo.Premises("1 Mill Lane, Bradford", "").ShouldBeSameAs(first);
        for (var i = 2; i <= 3; i++)
        {
            memo.Premises($"{i} Mill Lane, Bradford", "");
        }

        // Four lookups, one hit: fewer than one in two, so the premises are read afresh from now on.
        var after = memo.Premises("1 Mill Lane, Bradford", "");

        after.ShouldNotBeSameAs(first);
        after.ShouldBe(first);
        after.Address.ShouldBeSameAs(first.Address);
    }

    [Test]
    public void A_kind_of_value_that_repeats_is_still_remembered_after_the_trial()
    {
        var memo = new RawValueMemo(new ValuePool(), new MemoLimits(Capacity: 100, TrialLookups: 4, MinimumHitRatio: 2));
        var first = memo.Premises("1 Mill Lane, Bradford", "");
        for (var i = 0; i < 4; i++)
        {
            memo.Premises("1 Mill Lane, Bradford", "");
        }

        memo.Premises("1 Mill Lane, Bradford", "").ShouldBeSameAs(first);
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
