using System.Globalization;
using ScanService.Model;

namespace ScanService.Digest.Delivery;

/// <summary>The name a digest is kept under: sorts by date, and names the run it reports.</summary>
internal static class DigestFileName
{
    public static string For(RunRecord run) =>
        string.Create(CultureInfo.InvariantCulture, $"digest-{run.RunDate:yyyy-MM-dd}-run{run.Id}.eml");
}
