namespace ScanService.Storage.Tests;

public sealed class ScanStoreFactoryTests
{
    [Test]
    public void An_unknown_provider_is_refused_with_the_supported_ones_listed()
    {
        var thrown = Should.Throw<ArgumentException>(() => ScanStoreFactory.Create("oracle", "Data Source=x"));

        thrown.ParamName.ShouldBe("provider");
        thrown.Message.ShouldContain("'oracle'");
        thrown.Message.ShouldContain("Supported providers: sqlite, postgres, sqlserver");
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

    [TestCase("postgres", "Host=db.example;Database=scan;Username=svc_scan")]
    [TestCase("sqlserver", "Server=db.example;Database=scan;Integrated Security=true")]
    [TestCase("sqlite", "Data Source=scan.db")]
    public void Each_provider_gets_its_own_dialect(string provider, string connectionString)
    {
        ScanStoreFactory.CreateDialect(provider, connectionString).Provider.ShouldBe(provider);
    }

    [TestCase("postgres", "Host=db.example;Password=hunter2;Flavour=strong")]
    [TestCase("sqlserver", "Server=db.example;Password=hunter2;Flavour=strong")]
    public void A_connection_string_with_an_unknown_keyword_is_refused_at_start_without_echoing_it(string provider, string connectionString)
    {
        var thrown = Should.Throw<ArgumentException>(() => ScanStoreFactory.Create(provider, connectionString));

        thrown.Message.ShouldNotContain("hunter2");
    }
}
