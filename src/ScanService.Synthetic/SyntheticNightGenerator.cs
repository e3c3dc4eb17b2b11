using System.Diagnostics;
using System.Text;
using ScanService.Synthetic.Composition;
using ScanService.Synthetic.Output;
using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.Rendering;
using ScanService.Synthetic.Sources;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic;

/// <summary>
/// Generates a synthetic night with ground truth: partner exports, investigations and subjects in
/// <c>exports/</c> (the folder <c>scan run --exports</c> reads), and beside it the answer keys <c>truth.csv</c>
/// (<c>source, record_id, investigation_ref, subject_ref, link_kind</c>) and <c>decoys.csv</c>, kept out of the
/// exports folder so that a scan never reads them as sources. The same options and seed give byte-identical
/// files. Rows are streamed as they are made: memory grows with the subjects, not with the records.
/// </summary>
public sealed class SyntheticNightGenerator
{
    public const string ExportsFolder = "exports";
    public const string TruthFile = "truth.csv";
    public const string DecoysFile = "decoys.csv";
    public const string TruthHeader = "source,record_id,investigation_ref,subject_ref,link_kind";
    public const string DecoysHeader = "source,record_id,subject_ref,decoy_kind";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SyntheticNightOptions _options;

    public SyntheticNightGenerator(SyntheticNightOptions options)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid options: " + string.Join("; ", problems), nameof(options));
        }

        _options = options;
    }

    public SyntheticNightSummary Generate(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var root = Path.GetFullPath(_options.OutputDirectory);
        var exports = Path.Combine(root, ExportsFolder);
        Directory.CreateDirectory(exports);

        var world = WorldBuilder.Build(_options);
        InvestigationsWriter.Write(world, Path.Combine(exports, "investigations.csv"));

        var profiles = _options.Sources.Select(s => SourceProfiles.For(s, _options.RunDate)).ToArray();
        var counts = RowsPerSource(profiles);
        var parts = Path.Combine(root, ".parts");
        Directory.CreateDirectory(parts);
        var results = new SourceResult[profiles.Length];
        var subjectRows = 0;
        try
        {
            // The subjects file only reads the world, so it is written alongside the sources, from its own stream.
            Parallel.For(0, profiles.Length + 1, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                if (i == profiles.Length)
                {
                    subjectRows = SubjectsWriter.Write(world, Path.Combine(exports, "subjects.csv"), new Random(SeedMixer.StreamSeed(_options.Seed, 1)));
                    return;
                }

                using var truth = PartWriter(Path.Combine(parts, $"{i}.truth"));
                using var decoys = PartWriter(Path.Combine(parts, $"{i}.decoys"));
                var generator = new SourceGenerator(world, profiles[i], _options, SeedMixer.StreamSeed(_options.Seed, 100 + i));
                results[i] = generator.Generate(counts[i], Path.Combine(exports, profiles[i].Name + ".csv"), truth, decoys, cancellationToken);
            });

            Concatenate(Path.Combine(root, TruthFile), TruthHeader, profiles.Select((_, i) => Path.Combine(parts, $"{i}.truth")));
            Concatenate(Path.Combine(root, DecoysFile), DecoysHeader, profiles.Select((_, i) => Path.Combine(parts, $"{i}.decoys")));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            throw ex.InnerExceptions[0];
        }
        finally
        {
            Directory.Delete(parts, recursive: true);
        }

        return Summarise(world, results, subjectRows, root, exports, clock.Elapsed);
    }

    /// <summary>Splits the records by the sources' shares; the remainder goes to the first sources, one each.</summary>
    private int[] RowsPerSource(SourceProfile[] profiles)
    {
        var total = profiles.Sum(p => p.Share);
        var counts = profiles.Select(p => (int)(_options.Records * p.Share / total)).ToArray();
        for (var i = 0; counts.Sum() < _options.Records; i = (i + 1) % counts.Length)
        {
            counts[i]++;
        }

        return counts;
    }

    private static StreamWriter PartWriter(string path) => new(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = "\n" };

    private static void Concatenate(string path, string header, IEnumerable<string> parts)
    {
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        output.Write(Utf8.GetBytes(header + "\n"));
        foreach (var part in parts)
        {
            using var input = File.OpenRead(part);
            input.CopyTo(output);
        }
    }

    private SyntheticNightSummary Summarise(SyntheticWorld world, SourceResult[] results, int subjectRows, string root, string exports, TimeSpan elapsed)
    {
        var written = new HashSet<string>(results.Select(r => r.Source + ".csv").Append("investigations.csv").Append("subjects.csv"), StringComparer.OrdinalIgnoreCase);
        var mess = new MessTally();
        foreach (var result in results)
        {
            mess.Merge(result.Mess);
        }

        return new SyntheticNightSummary
        {
            ExportsDirectory = exports,
            TruthPath = Path.Combine(root, TruthFile),
            DecoysPath = Path.Combine(root, DecoysFile),
            OpenInvestigations = world.Investigations.Count(i => i.IsOpen),
            ClosedInvestigations = world.Investigations.Count(i => !i.IsOpen),
            Subjects = world.Subjects.Count,
            SubjectRows = subjectRows,
            Sources = [.. results.Select(r => new SourceSummary(r.Source, r.Rows, r.LinkRecords, r.DecoysByKind.Sum(), r.BackgroundRecords, r.RejectedByDesign, r.JunkValueRows))],
            TruthRowsByKind = [.. Enum.GetValues<LinkKind>().Select(k => new NamedCount(TruthRow.Label(k), results.Sum(r => r.TruthRowsByKind[(int)k])))],
            TruthPairs = results.Sum(r => r.TruthPairs),
            DecoysByKind = [.. Enum.GetValues<DecoyKind>().Select(k => new NamedCount(Labels.Kebab(k), results.Sum(r => r.DecoysByKind[(int)k])))],
            MessOnLinks = [.. Enum.GetValues<MessKind>().Select(k => new NamedCount(Labels.Kebab(k), mess[k]))],
            OtherFilesInExports = [.. Directory.EnumerateFiles(exports, "*.csv").Select(Path.GetFileName).Where(f => !written.Contains(f!)).Order(StringComparer.Ordinal)!],
            Elapsed = elapsed,
        };
    }
}
