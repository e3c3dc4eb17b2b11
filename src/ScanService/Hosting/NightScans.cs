using ScanService.Pipeline;

namespace ScanService.Host.Hosting;

/// <summary>
/// One night's scan as configured: what <c>scan run</c> runs, and what <c>scan serve</c> runs on each firing, so the
/// two can never drift apart.
/// </summary>
internal static class NightScans
{
    public static Task<ScanOutcome> ScanNightAsync(this ScanHost host, DateOnly night, bool resendDigest, CancellationToken cancellationToken)
    {
        var request = new ScanRequest(night, host.Scan.ExportsDirectory, host.Scan.RulesDirectory, host.Scan.QuarantineDirectory, resendDigest)
        {
            HistoryDays = host.Scan.Retention.HistoryDays,
        };
        return host.CreateNightlyScan().RunAsync(request, cancellationToken);
    }
}
