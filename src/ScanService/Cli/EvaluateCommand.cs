using System.CommandLine;

namespace ScanService.Host.Cli;

/// <summary><c>scan evaluate</c>: precision, recall and F1 of a run against a truth file.</summary>
internal static class EvaluateCommand
{
    public static Command Create() => new("evaluate", "Measure a run's link alerts against a truth file.");
}
