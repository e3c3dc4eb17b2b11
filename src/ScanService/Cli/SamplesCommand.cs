using System.CommandLine;

namespace ScanService.Host.Cli;

/// <summary><c>scan samples generate</c>: synthetic nights with ground truth, for evaluation and benchmarks.</summary>
internal static class SamplesCommand
{
    public static Command Create() => new("samples", "Generate synthetic data with ground truth.");
}
