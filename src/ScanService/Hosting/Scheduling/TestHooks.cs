using System.Globalization;

namespace ScanService.Host.Hosting.Scheduling;

/// <summary>
/// A pause before each scheduled scan, set only by the failover tests (<c>SCANSERVICE_TEST_HOLD_SCAN_SECONDS</c>) so
/// that a node can be killed while it holds a firing. Not a setting: it is read from the environment only, and
/// logged loudly when present.
/// </summary>
internal static class TestHooks
{
    public const string HoldVariable = "SCANSERVICE_TEST_HOLD_SCAN_SECONDS";

    public static TimeSpan HoldBeforeScan =>
        int.TryParse(Environment.GetEnvironmentVariable(HoldVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.Zero;
}
