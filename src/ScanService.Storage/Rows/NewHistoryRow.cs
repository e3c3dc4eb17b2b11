using ScanService.Model;

namespace ScanService.Storage.Rows;

/// <summary>One row of <c>record_history</c> as the store writes it (minimised keys and references only); <see cref="HistoryKeyReader"/> reads it back.</summary>
internal sealed record NewHistoryRow(
    DateOnly RunDate,
    string Source,
    string RecordId,
    DateOnly? RecordDate,
    KeyToken PersonKey,
    string KeyKind,
    KeyToken KeyValue,
    string KeyMasked);
