using ScanService.Digest;
using ScanService.Host.Configuration;
using ScanService.Host.Hosting;

namespace ScanService.Host.Cli;

internal static class HostFactory
{
    /// <summary>The host, or null after printing every configuration problem to standard error.</summary>
    public static ScanHost? TryCreate(TextWriter error, Action<ScanOptions, DigestOptions>? overrides = null)
    {
        try
        {
            return ScanHost.Create(overrides);
        }
        catch (OptionsValidationException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }
}
