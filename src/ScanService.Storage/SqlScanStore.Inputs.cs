using Dapper;
using ScanService.Model;

namespace ScanService.Storage;

internal sealed partial class SqlScanStore
{
    public async Task RecordInputsAsync(long runId, IReadOnlyList<RunInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ScanSql.DeleteRunInputs, new { RunId = runId }, transaction, cancellationToken: cancellationToken));
        var rows = inputs.Select(i => new { RunId = runId, i.FileName, i.Source, i.Origin, i.SizeBytes, i.Sha256 });
        await connection.ExecuteAsync(new CommandDefinition(ScanSql.InsertRunInput, rows, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RunInput>> GetInputsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<InputRow>(new CommandDefinition(ScanSql.SelectRunInputs, new { RunId = runId }, cancellationToken: cancellationToken));
        return rows.Select(r => new RunInput(r.FileName, r.Source, r.Origin, r.SizeBytes, r.Sha256.Trim())).ToArray();
    }

    private sealed record InputRow
    {
        public string FileName { get; init; } = "";

        public string Source { get; init; } = "";

        public string Origin { get; init; } = "";

        public long SizeBytes { get; init; }

        public string Sha256 { get; init; } = "";
    }
}
