using ScanService.Model;

namespace ScanService.Storage.Tests;

/// <summary>Every input of a run is kept with its origin, size and SHA-256 (V005), on every provider.</summary>
public abstract partial class ScanStoreContract
{
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);

    [Test]
    public async Task The_inputs_of_a_run_are_kept_with_origin_size_and_checksum_and_replaced_on_rerecording()
    {
        var store = await MigratedStoreAsync();
        var runId = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);
        RunInput[] first =
        [
            new("nrm-referrals.csv", "nrm-referrals", "/drop/nrm/nrm-referrals-20240301.csv", 1234, HashA),
            new("investigations.csv", "investigations", "/exports/investigations.csv", 99, HashB),
        ];

        await store.RecordInputsAsync(runId, first, CancellationToken.None);
        (await store.GetInputsAsync(runId, CancellationToken.None)).ShouldBe(first.OrderBy(i => i.FileName, StringComparer.Ordinal));

        await store.RecordInputsAsync(runId, [first[0] with { SizeBytes = 1300, Sha256 = HashB }], CancellationToken.None);
        (await store.GetInputsAsync(runId, CancellationToken.None)).ShouldBe([first[0] with { SizeBytes = 1300, Sha256 = HashB }]);
        (await store.GetInputsAsync(runId + 1, CancellationToken.None)).ShouldBeEmpty();
    }
}
