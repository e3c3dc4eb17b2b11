using System.CommandLine;
using System.Globalization;
using ScanService.Synthetic;

namespace ScanService.Host.Cli;

/// <summary><c>scan samples generate</c>: synthetic nights with ground truth, for evaluation and benchmarks.</summary>
internal static class SamplesCommand
{
    public static Command Create() => new("samples", "Generate synthetic data with ground truth.") { Generate() };

    private static Command Generate()
    {
        var records = new Option<int>("--records")
        {
            Description = "Partner records to write in all, shared across the sources (benefit claims most, NRM referrals fewest).",
            HelpName = "N",
            DefaultValueFactory = _ => 20_000,
        };
        var subjects = new Option<int>("--subjects")
        {
            Description = "Subjects of investigations to create.",
            HelpName = "M",
            DefaultValueFactory = _ => 2_000,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the random generator: the same options and seed give byte-identical files.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder to write into: exports/ holds the partner CSVs, investigations.csv and subjects.csv (scan run --exports DIR/exports); truth.csv and decoys.csv sit beside it, outside the scanned folder.",
            HelpName = "DIR",
            Required = true,
        };
        var investigations = new Option<int?>("--investigations")
        {
            Description = "Investigations to spread the subjects over (default: one per 20 subjects); about 8% are closed.",
            HelpName = "K",
        };
        var date = new Option<string?>("--date")
        {
            Description = "The night the exports are for, yyyy-MM-dd (default 2026-11-23); records are dated the day or two before.",
            HelpName = "yyyy-MM-dd",
        };
        var linkRate = new Option<double>("--link-rate")
        {
            Description = "Share of records that truly link to a subject of an open investigation.",
            HelpName = "RATE",
            DefaultValueFactory = _ => 0.08,
        };
        var decoyRate = new Option<double>("--decoy-rate")
        {
            Description = "Share of records built as near misses that must not link: namesakes, the house next door, a phone one digit out, closed investigations.",
            HelpName = "RATE",
            DefaultValueFactory = _ => 0.04,
        };
        var sources = new Option<string[]>("--sources")
        {
            Description = "Sources to write, comma-separated (default: " + string.Join(",", SyntheticNightOptions.DefaultSources) + "). Other names get a mixed, local-authority-like flavour.",
            HelpName = "NAME,...",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("generate", "Write a synthetic night: partner exports full of real-world mess, investigations and subjects, and the answer keys truth.csv and decoys.csv.")
        {
            records, subjects, seed, output, investigations, date, linkRate, decoyRate, sources,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var runDate = new DateOnly(2026, 11, 23);
            if (parse.GetValue(date) is { } dateText && !CommonOptions.TryParseDate(dateText, out runDate))
            {
                await stderr.WriteLineAsync($"--date '{dateText}' is not a date in the form yyyy-MM-dd");
                return ExitCodes.UsageError;
            }

            var options = new SyntheticNightOptions
            {
                OutputDirectory = parse.GetValue(output)!,
                Records = parse.GetValue(records),
                Subjects = parse.GetValue(subjects),
                Investigations = parse.GetValue(investigations),
                Seed = parse.GetValue(seed),
                RunDate = runDate,
                LinkRate = parse.GetValue(linkRate),
                DecoyRate = parse.GetValue(decoyRate),
                Sources = parse.GetValue(sources) is { Length: > 0 } names
                    ? [.. names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
                    : SyntheticNightOptions.DefaultSources,
            };
            var problems = options.Validate();
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await stderr.WriteLineAsync(problem);
                }

                return ExitCodes.UsageError;
            }

            var summary = await Task.Run(() => new SyntheticNightGenerator(options).Generate(cancellationToken), cancellationToken);
            SamplesSummary.Write(summary, options, stdout);
            foreach (var other in summary.OtherFilesInExports)
            {
                await stderr.WriteLineAsync($"warning: {other} was already in {summary.ExportsDirectory} and was not written by this run; a scan will read it too");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>The printed account of a generated night.</summary>
internal static class SamplesSummary
{
    public static void Write(SyntheticNightSummary s, SyntheticNightOptions options, TextWriter w)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"Generated a synthetic night for {options.RunDate:yyyy-MM-dd} (seed {options.Seed}) in {s.Elapsed.TotalSeconds:0.0} s"));
        w.WriteLine($"  exports  {s.ExportsDirectory}");
        w.WriteLine($"  truth    {s.TruthPath}");
        w.WriteLine($"  decoys   {s.DecoysPath}");
        w.WriteLine(string.Create(c, $"Investigations: {s.OpenInvestigations} open, {s.ClosedInvestigations} closed; subjects: {s.Subjects} on {s.SubjectRows} rows"));
        w.WriteLine();
        w.WriteLine($"  {"source",-22} {"rows",9} {"links",8} {"decoys",8} {"background",11} {"rejected*",10} {"junk value*",12}");
        foreach (var r in s.Sources)
        {
            w.WriteLine(string.Create(c, $"  {r.Source,-22} {r.Rows,9} {r.LinkRecords,8} {r.Decoys,8} {r.BackgroundRecords,11} {r.RejectedByDesign,10} {r.JunkValueRows,12}"));
        }

        w.WriteLine(string.Create(c, $"  {"total",-22} {s.Records,9} {s.LinkRecords,8} {s.Decoys,8} {s.Sources.Sum(r => r.BackgroundRecords),11} {s.RejectedByDesign,10} {s.JunkValueRows,12}"));
        w.WriteLine("  * deliberately bad rows: 'rejected' have nothing to match on and the ingest must reject them;");
        w.WriteLine("    'junk value' rows carry one unreadable value that the ingest drops, keeping the row.");
        w.WriteLine();
        w.WriteLine(string.Create(c, $"Truth: {s.TruthRows} rows over {s.TruthPairs} (source, record_id, investigation_ref) pairs; by kind: {Join(s.TruthRowsByKind)}"));
        w.WriteLine(string.Create(c, $"Decoys: {s.Decoys}; {Join(s.DecoysByKind)}"));
        w.WriteLine();
        w.WriteLine(string.Create(c, $"Mess on the {s.LinkRecords} true-link records (records affected, share):"));
        foreach (var mess in s.MessOnLinks)
        {
            var share = s.LinkRecords == 0 ? 0 : 100.0 * mess.Count / s.LinkRecords;
            w.WriteLine(string.Create(c, $"  {mess.Name,-30} {mess.Count,8} {share,6:0.0}%"));
        }
    }

    private static string Join(IEnumerable<NamedCount> counts) =>
        string.Join(", ", counts.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Name} {k.Count}")));
}
