using Dapper;
using ScanService.Model;

namespace ScanService.Storage;

/// <summary>Run history for <c>scan status</c>.</summary>
internal sealed partial class SqlScanStore
{
    public async Task<IReadOnlyList<RunRecord>> GetRecentRunsAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        IEnumerable<long> ids;
        await using (var connection = await _dialect.OpenConnectionAsync(cancellationToken))
        {
            ids = await connection.QueryAsync<long>(new CommandDefinition(
                _dialect.SelectRecentRunIds, new { Skip = 0, Take = count }, cancellationToken: cancellationToken));
        }

        // A handful of runs, each read the way GetRunAsync reads one, so a run looks the same wherever it is shown.
        var runs = new List<RunRecord>();
        foreach (var id in ids.ToList())
        {
            if (await GetRunAsync(id, cancellationToken) is { } run)
            {
                runs.Add(run);
            }
        }

        return runs;
    }
}
