using ScanService.Model;

namespace ScanService.Store;

/// <summary>What pattern and compliance rules read from earlier nights, and their alerts of a night.</summary>
public interface IFindingsStore
{
    /// <summary>The history of every night before <paramref name="runDate"/> that retention has kept.</summary>
    Task<IReadOnlyList<RecordKey>> GetHistoryAsync(DateOnly runDate, CancellationToken cancellationToken);

    /// <summary>A run's pattern and compliance alerts, and those of the previous completed night that it closed.</summary>
    Task<NightFindings> GetFindingsAsync(long runId, CancellationToken cancellationToken);
}
