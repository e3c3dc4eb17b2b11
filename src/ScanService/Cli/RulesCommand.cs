using System.CommandLine;

namespace ScanService.Host.Cli;

/// <summary><c>scan rules validate|test</c>: for rule authors, to check and prove rules before they run at night.</summary>
internal static class RulesCommand
{
    public static Command Create() => new("rules", "Check and test the YAML rules and source mappings before they run at night.")
    {
        RulesValidateCommand.Create(),
        RulesTestCommand.Create(),
    };

    public static Argument<string?> DirectoryArgument() => new("DIR")
    {
        Description = "The rules folder (default: Scan:RulesDirectory, scan-rules/).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>The folder given, else the configured one; null (with the reason printed) when configuration is broken.</summary>
    public static string? ResolveDirectory(string? given, TextWriter error)
    {
        if (given is not null)
        {
            return given;
        }

        using var host = HostFactory.TryCreate(error);
        return host?.Scan.RulesDirectory;
    }
}
