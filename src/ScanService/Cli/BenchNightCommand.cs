using System.CommandLine;
using System.Globalization;
using ScanService.Host.Bench;

namespace ScanService.Host.Cli;

/// <summary><c>scan bench night</c>: the whole nightly pipeline on a national-size synthetic night.</summary>
internal static class BenchNightCommand
{
    private static readonly int[] ScaleSizes = [100_000, 300_000, 1_000_000];

    public static Command Create()
    {
        var records = new Option<int>("--records")
        {
            Description = "Partner records across six sources (default 1000000).",
            HelpName = "N",
            DefaultValueFactory = _ => 1_000_000,
        };
        var subjects = new Option<int>("--subjects")
        {
            Description = "Subjects of investigations, one investigation per 20 (default 100000).",
            HelpName = "M",
            DefaultValueFactory = _ => 100_000,
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic night (default 1).", HelpName = "S", DefaultValueFactory = _ => 1 };
        var rules = new Option<string?>("--rules") { Description = "Folder of YAML rule files (default: Scan:RulesDirectory, scan-rules/).", HelpName = "DIR" };
        var cache = new Option<string>("--cache")
        {
            Description = "Folder the generated nights are kept in, one subfolder per size and seed (default: scan-bench-night in the temporary folder).",
            HelpName = "DIR",
            DefaultValueFactory = _ => BenchNightSet.DefaultCache,
        };
        var earlier = new Option<int>("--earlier-nights")
        {
            Description = "Nights of history (tonight's keys again, as new records) written before the timed night, as a unit running every night has them (default 0: a first night).",
            HelpName = "N",
            DefaultValueFactory = _ => 0,
        };
        var scale = new Option<bool>("--scale") { Description = "Run 100000, 300000 and 1000000 records against the same subjects and print a scaling table (--records is ignored)." };
        var command = new Command("night", "Time the whole nightly pipeline (ingest, normalise, match, store in SQLite, digest) on a cached synthetic night, against the bare CSV parse.")
        {
            records, subjects, seed, rules, cache, earlier, scale,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var (recordCount, subjectCount, seedValue) = (parse.GetValue(records), parse.GetValue(subjects), parse.GetValue(seed));
            var problems = new List<string>();
            if (recordCount < 1) problems.Add("--records must be at least 1");
            if (subjectCount < 20) problems.Add("--subjects must be at least 20 (one investigation per 20 subjects)");
            if (parse.GetValue(earlier) is < 0 or > 365) problems.Add("--earlier-nights must be from 0 to 365");
            if (problems.Count > 0)
            {
                await error.WriteLineAsync(string.Join(Environment.NewLine, problems));
                return ExitCodes.UsageError;
            }

            var sizes = parse.GetValue(scale) ? ScaleSizes : [recordCount];
            var nights = new List<NightFigures>();
            foreach (var size in sizes)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ScanService night benchmark: {size:#,0} records, {subjectCount:#,0} subjects, seed {seedValue}, {Environment.ProcessorCount} cores"));
                if (await NightBenchmark.RunAsync(size, subjectCount, seedValue, parse.GetValue(rules), parse.GetValue(cache)!, parse.GetValue(earlier), output, error, cancellationToken) is not { } figures)
                {
                    return ExitCodes.RunFailed;
                }

                NightReport.Write(figures, output);
                nights.Add(figures);

                // After every night, not only the last: a national night takes long, and the smaller ones still tell.
                if (nights.Count > 1)
                {
                    output.WriteLine("Scaling:");
                    NightReport.WriteTable(nights, output);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
