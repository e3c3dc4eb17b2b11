using System.Reflection;

namespace ScanService.Storage.Migrations;

/// <summary>
/// The scripts of <c>deploy/database/&lt;provider&gt;/</c>, compiled into this assembly so that an install is
/// one folder of binaries and the schema can never drift from the code that uses it.
/// </summary>
internal static class EmbeddedMigrations
{
    private const string Root = "database/";

    public static IReadOnlyList<Migration> For(string provider)
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var prefix = Root + provider + "/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // RecursiveDir keeps the build machine's separator.
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = name[prefix.Length..];
            var migration = Migration.FromFile(fileName, Read(assembly, resource))
                ?? throw new InvalidOperationException(
                    $"Embedded script '{name}' is not named V<version>__<description>.sql; rename it so it is applied in order.");
            migrations.Add(migration);
        }

        if (migrations.Count == 0)
        {
            throw new InvalidOperationException($"No schema scripts are embedded for provider '{provider}' (expected {prefix}V001__*.sql).");
        }

        return migrations.OrderBy(m => m.Version).ToArray();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded script '{resource}' could not be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
