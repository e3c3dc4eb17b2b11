namespace ScanService.Host.Cli;

internal static class ExitCodes
{
    /// <summary>The run completed, with alerts or without.</summary>
    public const int Success = 0;

    /// <summary>The run did not complete; the reason is on standard error and in the run record.</summary>
    public const int RunFailed = 1;

    /// <summary>The command or configuration was wrong; nothing was run.</summary>
    public const int UsageError = 2;
}
