namespace ScanService.Storage.Tests;

public sealed class ScanStoreFactoryTests
{
    [Test]
    public void An_unknown_provider_is_refused_with_the_supported_ones_listed()
    {
        var thrown = Should.Throw<ArgumentException>(() => ScanStoreFactory.Create("oracle", "Data Source=x"));

        thrown.ParamName.ShouldBe("provider");
        thrown.Message.ShouldContain("'oracle'");
        thrown.Message.ShouldContain("Supported providers: sqlite");
    }

    [Test]
    public void The_provider_name_is_matched_in_any_case()
    {
        var dialect = ScanStoreFactory.CreateDialect(" SQLite ", "Data Source=scan.db");

        dialect.Provider.ShouldBe("sqlite");
    }

    [Test]
    public void An_empty_connection_string_is_refused()
    {
        Should.Throw<ArgumentException>(() => ScanStoreFactory.Create("sqlite", " "));
    }
}
