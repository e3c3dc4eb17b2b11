using System.Data.Common;
using ScanService.Model;
using ScanService.Storage.Dialects;

namespace ScanService.Storage.Rows;

/// <summary>
/// Reads <c>record_history</c> rows straight into <see cref="RecordKey"/>s, one row at a time. A night in a running
/// service reads every earlier night's keys in its rules' scope — millions of rows — and a buffered query held each
/// row twice (its row object and its eight column strings, then the key): about 890 bytes a key at the peak, where
/// the key itself needs a fifth of that. Values many rows share (source names, dates, masked phones and premises) are
/// kept once; the hashes become tokens and their text is let go.
/// </summary>
/// <remarks>The query must select, in order: night, source, record id, record date, person key, kind, value, masked.</remarks>
internal sealed class HistoryKeyReader(SqlDialect dialect)
{
    // A night's masked phones and premises repeat (a thousand phone endings; the same street over many records):
    // they are shared. Bounded, because masked references are each their own.
    internal const int MaxSharedMasks = 100_000;

    // A handful of sources; the bound only guards against a table that holds nonsense.
    internal const int MaxSharedSources = 10_000;

    private readonly SharedText _sources = new(MaxSharedSources);
    private readonly SharedText _masks = new(MaxSharedMasks);
    private readonly DateCache _nights = new(dialect);
    private readonly DateCache _recordDates = new(dialect);

    /// <param name="patternValues">When given, the phone and premises keys of other values are passed over unread.</param>
    public async Task<RecordKey[]> ReadAsync(DbDataReader reader, IReadOnlySet<KeyToken>? patternValues, CancellationToken cancellationToken)
    {
        var keys = new List<RecordKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = KindOf(reader.GetString(5));
            var value = KeyToken.Of(reader.GetString(6));
            var pattern = kind is RecordKeyKind.Phone or RecordKeyKind.Premises;
            if (pattern && patternValues is not null && !patternValues.Contains(value))
            {
                continue;
            }

            keys.Add(new RecordKey(
                _nights.Of(reader.GetValue(0)),
                _sources.Of(reader.GetString(1)),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : _recordDates.Of(reader.GetValue(3)),
                KeyToken.Of(reader.GetString(4)),
                kind,
                value,
                pattern ? _masks.Of(reader.GetString(7)) : reader.GetString(7)));
        }

        return [.. keys];
    }

    /// <summary>The kind as <c>StoredKind</c> writes it.</summary>
    internal static RecordKeyKind KindOf(string stored) => stored switch
    {
        "record" => RecordKeyKind.Record,
        "phone" => RecordKeyKind.Phone,
        "premises" => RecordKeyKind.Premises,
        "reference" => RecordKeyKind.Reference,
        _ => Enum.Parse<RecordKeyKind>(stored, ignoreCase: true),
    };

    /// <summary>Dates come in runs (a night's rows together): the last one read is parsed once.</summary>
    private sealed class DateCache(SqlDialect dialect)
    {
        private object? _last;
        private DateOnly _date;

        public DateOnly Of(object value)
        {
            if (_last is null || !_last.Equals(value))
            {
                _date = dialect.FromDbDate(value);
                _last = value;
            }

            return _date;
        }
    }
}
