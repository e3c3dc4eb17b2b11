using System.Text.RegularExpressions;
using ScanService.Storage.Migrations;

namespace ScanService.Storage.Tests;

/// <summary>One schema, three dialects: the providers' scripts must never drift apart in what they create.</summary>
public sealed partial class SchemaScriptTests
{
    private static readonly string[] Providers = [.. ScanStoreFactory.SupportedProviders];

    [Test]
    public void Every_provider_ships_the_same_versions_with_the_same_descriptions()
    {
        var expected = EmbeddedMigrations.For("sqlite").Select(m => (m.Version, m.Description));

        foreach (var provider in Providers)
        {
            EmbeddedMigrations.For(provider).Select(m => (m.Version, m.Description)).ShouldBe(expected, provider);
        }
    }

    [Test]
    public void Every_provider_creates_the_same_tables_views_and_indexes()
    {
        var expected = ObjectsCreatedBy("sqlite");

        foreach (var provider in Providers)
        {
            ObjectsCreatedBy(provider).ShouldBe(expected, ignoreOrder: true, provider);
        }
    }

    // Deliberate differences: SQLite has no staging table (its dialect writes a night's alerts straight into
    // link_alerts); Quartz's job store tables (V006, qrtz_*) exist only where 'scan serve --clustered' can use them
    // (PostgreSQL, SQL Server); SQLite changes a constraint by building the table anew as <name>_v<version> and
    // renaming it into place (V002, V008).
    private static string[] ObjectsCreatedBy(string provider) =>
        EmbeddedMigrations.For(provider)
            .Where(m => m.Description != "quartz scheduler")
            .SelectMany(m => CreatedObject().Matches(Comment().Replace(m.Script, "")))
            .Select(match => match.Groups["kind"].Value.ToUpperInvariant() + " " + match.Groups["name"].Value.ToLowerInvariant())
            .Where(name => name is not "TABLE link_alert_staging" && !RebuiltInPlace().IsMatch(name) && !name.StartsWith("INDEX cx_", StringComparison.Ordinal))
            .Distinct()
            .ToArray();

    [GeneratedRegex(@"^TABLE \w+_v\d+$")]
    private static partial Regex RebuiltInPlace();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"CREATE\s+(?:UNLOGGED\s+|CLUSTERED\s+)?(?<kind>TABLE|VIEW|INDEX)\s+(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreatedObject();
}
