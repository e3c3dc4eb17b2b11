using System.Globalization;
using ScanService.Synthetic;

namespace ScanService.Host.Bench;

/// <summary>
/// A synthetic night for the benchmark, generated once per size and seed into the temporary folder and reused: a
/// million rows take longer to write than some of the stages being timed. A set is used only once a marker file
/// says it was written to the end, so an interrupted generation is redone, never half-read.
/// </summary>
internal static class BenchNightSet
{
    private const string CompleteMarker = ".complete";

    /// <summary>One investigation per 20 subjects, as the national night (100,000 subjects, 5,000 investigations).</summary>
    public static string DefaultCache => Path.Combine(Path.GetTempPath(), "scan-bench-night");

    public static string Ensure(int records, int subjects, int seed, string cache, TextWriter output, CancellationToken cancellationToken)
    {
        var investigations = Math.Max(1, subjects / 20);
        var root = Path.Combine(cache,
            string.Create(CultureInfo.InvariantCulture, $"r{records}-s{subjects}-i{investigations}-seed{seed}"));
        var exports = Path.Combine(root, SyntheticNightGenerator.ExportsFolder);
        if (File.Exists(Path.Combine(root, CompleteMarker)))
        {
            output.WriteLine($"  data set: {root} (cached)");
            return exports;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var summary = new SyntheticNightGenerator(new SyntheticNightOptions
        {
            OutputDirectory = root,
            Records = records,
            Subjects = subjects,
            Investigations = investigations,
            Seed = seed,
        }).Generate(cancellationToken);
        File.WriteAllText(Path.Combine(root, CompleteMarker), string.Empty);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  data set: {root} (generated in {summary.Elapsed.TotalSeconds:0.0} s)"));
        return summary.ExportsDirectory;
    }
}
