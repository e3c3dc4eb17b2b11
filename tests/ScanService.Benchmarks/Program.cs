using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "ingest")
{
    return ScanService.Benchmarks.IngestTiming.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "findings")
{
    return ScanService.Benchmarks.FindingsTiming.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "match")
{
    return ScanService.Benchmarks.MatchTiming.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ScanService.Benchmarks.ComparatorBenchmarks).Assembly).Run(args);
return 0;
