using ScanService.Storage.Migrations;

namespace ScanService.Storage.Tests;

public sealed class MigrationTests
{
    [TestCase("V001__initial.sql", 1, "initial")]
    [TestCase("V012__add_alert_notes.sql", 12, "add alert notes")]
    [TestCase("V2__x.sql", 2, "x")]
    public void A_script_name_gives_its_version_and_description(string fileName, int version, string description)
    {
        var migration = Migration.FromFile(fileName, "SELECT 1");

        migration.ShouldBe(new Migration(version, description, "SELECT 1"));
    }

    [TestCase("001__initial.sql")]
    [TestCase("V001_initial.sql")]
    [TestCase("V001__initial.txt")]
    [TestCase("V001__.sql")]
    [TestCase("v001__initial.sql")]
    public void A_script_not_named_V_number_double_underscore_words_is_not_a_migration(string fileName)
    {
        Migration.FromFile(fileName, "SELECT 1").ShouldBeNull();
    }

    [Test]
    public void An_unknown_provider_has_no_embedded_scripts()
    {
        Should.Throw<InvalidOperationException>(() => EmbeddedMigrations.For("no-such-provider"))
            .Message.ShouldContain("database/no-such-provider/V001__");
    }
}
