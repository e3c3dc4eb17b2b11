using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ScanService.Benchmarks.ComparatorBenchmarks).Assembly).Run(args);
