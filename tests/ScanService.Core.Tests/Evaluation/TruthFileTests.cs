using ScanService.Core.Tests.Support;
using ScanService.Evaluation;

namespace ScanService.Core.Tests.Evaluation;

public class TruthFileTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private IReadOnlyList<TruthRow> ReadOk(string text)
    {
        var result = TruthFile.Read(_folder.Write("truth.csv", text));
        result.Success.ShouldBeTrue(result.Error);
        return result.Value;
    }

    private string ReadError(string text)
    {
        var path = _folder.Write("truth.csv", text);
        var result = TruthFile.Read(path);
        result.Success.ShouldBeFalse();
        return result.Error!.Replace(path, "truth.csv");
    }

    [Test]
    public void The_three_pair_columns_are_enough_and_the_kind_is_then_unspecified()
    {
        var row = ReadOk("source,record_id,investigation_ref\nnrm, NRM-1 ,INV-1\n").ShouldHaveSingleItem();

        row.Pair.ShouldBe(new LinkPair("nrm", "NRM-1", "INV-1"));
        (row.Kind, row.SubjectRef, row.Line).ShouldBe((LinkKinds.Unspecified, null, 2));
    }

    [Test]
    public void Columns_may_come_in_any_order_with_extras_and_kind_and_subject_are_read()
    {
        var row = ReadOk("note,link_kind,investigation_ref,subject_ref,record_id,source\nx,Phone,INV-1,SUB-1,NRM-1,nrm\n").ShouldHaveSingleItem();

        (row.Pair, row.Kind, row.SubjectRef).ShouldBe((new LinkPair("nrm", "NRM-1", "INV-1"), LinkKinds.Phone, "SUB-1"));
    }

    [TestCase("same-person", LinkKinds.Person)]
    [TestCase("same-phone", LinkKinds.Phone)]
    [TestCase("same-premises", LinkKinds.Premises)]
    [TestCase("same-email", "email")]
    [TestCase("shared-vehicle", "shared-vehicle")]
    public void A_rule_id_column_gives_the_kind_when_there_is_no_link_kind(string ruleId, string kind)
    {
        ReadOk($"source,record_id,investigation_ref,subject_ref,rule_id\nnrm,NRM-1,INV-1,SUB-1,{ruleId}\n")
            .ShouldHaveSingleItem().Kind.ShouldBe(kind);
    }

    [Test]
    public void Link_kind_wins_over_rule_id_when_both_are_given()
    {
        ReadOk("source,record_id,investigation_ref,rule_id,link_kind\nnrm,NRM-1,INV-1,same-phone,person\n")
            .ShouldHaveSingleItem().Kind.ShouldBe(LinkKinds.Person);
    }

    [Test]
    public void Several_rows_for_one_pair_are_all_kept_for_the_evaluator_to_fold()
    {
        ReadOk("source,record_id,investigation_ref,link_kind\nnrm,NRM-1,INV-1,person\nnrm,NRM-1,INV-1,phone\n").Count.ShouldBe(2);
    }

    [Test]
    public void A_header_only_file_is_an_empty_truth()
    {
        ReadOk("source,record_id,investigation_ref\n").ShouldBeEmpty();
    }

    [Test]
    public void A_missing_column_is_reported_on_the_header_line()
    {
        ReadError("source,record_id,subject_ref\nnrm,NRM-1,SUB-1\n")
            .ShouldStartWith("truth.csv:1: missing column(s) investigation_ref");
    }

    [TestCase("nrm,,INV-1", "truth.csv:3: record_id is empty")]
    [TestCase(" ,NRM-2,INV-1", "truth.csv:3: source is empty")]
    [TestCase("nrm,NRM-2,", "truth.csv:3: investigation_ref is empty")]
    public void An_empty_value_is_reported_with_file_line_and_field(string row, string message)
    {
        ReadError($"source,record_id,investigation_ref\nnrm,NRM-1,INV-1\n{row}\n").ShouldBe(message);
    }

    [Test]
    public void A_row_with_the_wrong_number_of_fields_is_reported_with_its_line()
    {
        ReadError("source,record_id,investigation_ref\nnrm,NRM-1,INV-1,extra\n")
            .ShouldBe("truth.csv:2: the row has 4 fields, the header has 3");
    }

    [Test]
    public void Line_numbers_count_physical_lines_past_blank_lines_and_quoted_line_breaks()
    {
        ReadError("source,record_id,investigation_ref,note\nnrm,NRM-1,INV-1,\"two\nlines\"\n\nnrm,,INV-1,x\n")
            .ShouldBe("truth.csv:5: record_id is empty");
    }

    [Test]
    public void Every_bad_row_up_to_five_is_reported_at_once()
    {
        var error = ReadError("source,record_id,investigation_ref\n" + string.Concat(Enumerable.Repeat("nrm,,INV-1\n", 8)));

        error.Split(Environment.NewLine).Length.ShouldBe(5);
    }

    [Test]
    public void A_missing_file_and_an_empty_file_are_refused()
    {
        TruthFile.Read(Path.Combine(_folder.Path, "absent.csv")).Error!.ShouldContain("does not exist");
        ReadError(string.Empty).ShouldStartWith("truth.csv:1: the file is empty");
    }
}
