namespace ScanService.Synthetic.Tests.Support;

/// <summary>
/// The nights the tests read, each generated once per test run: generation is the slow part, and the tests
/// only read the files.
/// </summary>
internal static class Nights
{
    private static readonly Lazy<GeneratedNight> StandardNight = new(() => new GeneratedNight(records: 20_000, subjects: 2_000, seed: 7));

    /// <summary>20,000 records against 2,000 subjects in 100 investigations.</summary>
    public static GeneratedNight Standard => StandardNight.Value;

    public static void DisposeAll()
    {
        if (StandardNight.IsValueCreated)
        {
            StandardNight.Value.Dispose();
        }
    }
}

[SetUpFixture]
public sealed class NightsCleanup
{
    [OneTimeTearDown]
    public void DeleteGeneratedNights() => Nights.DisposeAll();
}
