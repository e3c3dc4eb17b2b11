using ScanService.Ingest;
using ScanService.Match.Frequencies;
using ScanService.Model;
using ScanService.Rules;
using ScanService.Synthetic;
using ScanService.Testing;

namespace ScanService.Tests.Scale;

/// <summary>A generated night read and normalised as the pipeline reads it, ready to match with the shipped rules.</summary>
internal sealed class LoadedNight : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "scan-scale-" + Guid.NewGuid().ToString("N"));

    public LoadedNight(int records, int subjects, int seed)
    {
        var runDate = new DateOnly(2026, 11, 23);
        var summary = new SyntheticNightGenerator(new SyntheticNightOptions
        {
            OutputDirectory = _root, Records = records, Subjects = subjects, Seed = seed, RunDate = runDate,
        }).Generate();
        var rules = RuleFolder.Load(Repository.Rules);
        Rules = rules.RuleSet;
        var folder = new ExportFolder(summary.ExportsDirectory);
        Subjects = new InvestigationsLoader(runDate).Load(folder).Subjects;
        var ingester = new SourceIngester(runDate, rules.Mappings);
        Records = [.. folder.FindSources().SelectMany(file => ingester.Ingest(file).Records)];
        Frequencies = TokenFrequencies.Count(Records, Subjects);
    }

    public RuleSet Rules { get; }

    public IReadOnlyList<Subject> Subjects { get; }

    public IReadOnlyList<PersonRecord> Records { get; }

    public TokenFrequencies Frequencies { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
