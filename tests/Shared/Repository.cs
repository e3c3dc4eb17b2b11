using System.Reflection;

namespace ScanService.Testing;

/// <summary>Paths inside the repository (bundled samples, shipped rules), recorded at build time.</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string SampleExports => Path("samples", "exports");

    public static string Rules => Path("scan-rules");
}
