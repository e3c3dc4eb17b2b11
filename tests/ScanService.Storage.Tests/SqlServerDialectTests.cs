using ScanService.Storage.Dialects;
using ScanService.Storage.Migrations;

namespace ScanService.Storage.Tests;

/// <summary>What can be checked of the SQL Server dialect without a server (the contract suite needs one).</summary>
public sealed class SqlServerDialectTests
{
    private static readonly SqlServerDialect Dialect = new("Server=db.example;Database=scan;Integrated Security=true");

    [Test]
    public void A_script_is_split_into_the_batches_between_go_lines()
    {
        var batches = SqlServerDialect.Batches("CREATE TABLE a (x INT);\nGO\n\nCREATE VIEW v AS SELECT x FROM a;\n  go  \nSELECT 1\nGO");

        batches.Select(b => b.Trim()).ShouldBe(["CREATE TABLE a (x INT);", "CREATE VIEW v AS SELECT x FROM a;", "SELECT 1"]);
    }

    [Test]
    public void Go_inside_a_word_or_a_line_does_not_split()
    {
        SqlServerDialect.Batches("SELECT 'GO' AS category, going FROM t GO_AWAY").Count.ShouldBe(1);
    }

    [Test]
    public void Every_create_view_in_the_shipped_scripts_stands_alone_in_its_batch()
    {
        var batches = EmbeddedMigrations.For("sqlserver").SelectMany(m => SqlServerDialect.Batches(m.Script));

        foreach (var batch in batches)
        {
            var statements = batch.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal)).ToArray();
            if (statements.Any(l => l.StartsWith("CREATE VIEW", StringComparison.OrdinalIgnoreCase)))
            {
                statements[0].ShouldStartWith("CREATE VIEW");
            }
        }
    }

    [Test]
    public void New_keys_come_back_through_output_inserted()
    {
        Dialect.InsertRunReturningId.ShouldContain("OUTPUT INSERTED.run_id");
        Dialect.InsertRunReturningId.ShouldNotContain("RETURNING");
        Dialect.InsertDispositionReturningId.ShouldContain("OUTPUT INSERTED.disposition_id");
        Dialect.InsertAuditReturningId.IndexOf("OUTPUT", StringComparison.Ordinal)
            .ShouldBeLessThan(Dialect.InsertAuditReturningId.IndexOf("VALUES", StringComparison.Ordinal));
    }

    [Test]
    public void Dates_are_sent_as_midnight_and_instants_keep_their_offset()
    {
        Dialect.ToDbDate(new DateOnly(2024, 3, 1)).ShouldBe(new DateTime(2024, 3, 1));
        Dialect.FromDbDate(new DateTime(2024, 3, 1)).ShouldBe(new DateOnly(2024, 3, 1));
        var instant = new DateTimeOffset(2024, 3, 2, 1, 30, 0, TimeSpan.FromHours(1));
        Dialect.FromDbTimestamp(Dialect.ToDbTimestamp(instant)).Offset.ShouldBe(TimeSpan.FromHours(1));
    }

    [Test]
    public void Audit_pages_use_offset_fetch()
    {
        Dialect.SelectAuditPage.ShouldEndWith("OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY");
    }
}
