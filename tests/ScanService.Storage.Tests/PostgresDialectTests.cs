using ScanService.Storage.Dialects;

namespace ScanService.Storage.Tests;

/// <summary>What only PostgreSQL needs: Npgsql writes TIMESTAMPTZ only from UTC values and reads DATE as DateTime.</summary>
public sealed class PostgresDialectTests
{
    private static readonly PostgresDialect Dialect = new("Host=db.example;Database=scan;Username=svc_scan");

    [Test]
    public void Instants_are_written_as_utc_and_read_back_as_the_same_instant()
    {
        var instant = new DateTimeOffset(2024, 3, 2, 1, 30, 15, 123, TimeSpan.FromHours(1));

        var stored = Dialect.ToDbTimestamp(instant).ShouldBeOfType<DateTimeOffset>();

        stored.Offset.ShouldBe(TimeSpan.Zero);
        Dialect.FromDbTimestamp(stored.UtcDateTime).ShouldBe(instant);
    }

    [Test]
    public void Dates_are_sent_as_date_only_and_read_from_either_form()
    {
        Dialect.ToDbDate(new DateOnly(2024, 3, 1)).ShouldBe(new DateOnly(2024, 3, 1));
        Dialect.FromDbDate(new DateTime(2024, 3, 1)).ShouldBe(new DateOnly(2024, 3, 1));
        Dialect.FromDbDate(new DateOnly(2024, 3, 1)).ShouldBe(new DateOnly(2024, 3, 1));
    }

    [Test]
    public void New_keys_come_back_through_returning_and_pages_through_offset_fetch()
    {
        Dialect.InsertDispositionReturningId.ShouldEndWith("RETURNING disposition_id");
        Dialect.SelectAuditPage.ShouldEndWith("OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY");
    }
}
