using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using ScanService.Model;
using ScanService.Storage.Rows;
using ScanService.Store;

namespace ScanService.Storage.Dialects;

/// <summary>
/// Reads <c>record_history</c> on SQLite through a statement stepped on the native connection, each column taken as
/// its UTF-8 bytes: the hashes become tokens and the dates are parsed without a string ever being made of them, and
/// sources and masked values many rows share are looked up by their characters. Through Microsoft.Data.Sqlite every
/// column of millions of rows was first a string (the dates as objects), most of the findings' time on a night with
/// weeks of history.
/// </summary>
internal sealed class SqliteHistoryReader
{
    private const int Night = 0, Source = 1, RecordId = 2, RecordDate = 3, PersonKey = 4, Kind = 5, Value = 6, Masked = 7;

    // Source names, dates, hashes and masked values are short; a longer column is decoded through a string.
    private const int StackCharacters = 256;

    private readonly SharedText _sources = new(HistoryKeyReader.MaxSharedSources);
    private readonly SharedText _masks = new(HistoryKeyReader.MaxSharedMasks);
    private readonly DateCache _nights = new();
    private readonly DateCache _recordDates = new();

    public RecordKey[] Read(SqliteConnection connection, DateOnly runDate, HistoryScope? scope)
    {
        string[] sources = scope is null ? [] : SqlDialect.FollowedSources(scope);
        var followed = FollowedSourceParameters(sources.Length);
        var sql = scope is null
            ? ScanSql.SelectHistoryBefore
            : ScanSql.SelectHistoryInScope($"source IN ({string.Join(", ", followed)})");
        string[] parameters = scope is null ? ["@RunDate"] : ["@RunDate", "@PatternsFrom", .. followed];
        using var statement = new SqliteStatement(connection, sql, parameters);
        statement.Text(0, DateText(runDate));
        if (scope is not null)
        {
            statement.Text(1, DateText(scope.PatternsFrom));
            for (var i = 0; i < sources.Length; i++)
            {
                statement.Text(2 + i, sources[i]);
            }
        }

        var patternValues = scope?.PatternValues;
        var keys = new List<RecordKey>();
        Span<char> text = stackalloc char[StackCharacters];
        while (statement.Read())
        {
            // Most of a month's phones and premises are not among tonight's: only their kind and value are looked at.
            var kind = KindOf(statement.ColumnText(Kind));
            var value = KeyToken.OfUtf8(statement.ColumnText(Value));
            var pattern = kind is RecordKeyKind.Phone or RecordKeyKind.Premises;
            if (!pattern || patternValues is null || patternValues.Contains(value))
            {
                keys.Add(KeyOf(statement, kind, value, pattern, text));
            }
        }

        return [.. keys];
    }

    private static string DateText(DateOnly date) => date.ToString(SqliteDialect.DateFormat, CultureInfo.InvariantCulture);

    // One parameter per followed source.
    private static string[] FollowedSourceParameters(int sources) =>
        [.. Enumerable.Range(0, sources).Select(i => string.Create(CultureInfo.InvariantCulture, $"@FollowedSource{i}"))];

    private RecordKey KeyOf(SqliteStatement row, RecordKeyKind kind, KeyToken value, bool pattern, Span<char> text) => new(
        _nights.Of(row.ColumnText(Night)),
        Shared(_sources, row.ColumnText(Source), text),
        Encoding.UTF8.GetString(row.ColumnText(RecordId)),
        row.ColumnIsNull(RecordDate) ? null : _recordDates.Of(row.ColumnText(RecordDate)),
        KeyToken.OfUtf8(row.ColumnText(PersonKey)),
        kind,
        value,
        pattern ? Shared(_masks, row.ColumnText(Masked), text) : Encoding.UTF8.GetString(row.ColumnText(Masked)));

    private static string Shared(SharedText shared, ReadOnlySpan<byte> utf8, Span<char> text) =>
        utf8.Length <= text.Length ? shared.Of(text[..Encoding.UTF8.GetChars(utf8, text)]) : shared.Of(Encoding.UTF8.GetString(utf8));

    private static RecordKeyKind KindOf(ReadOnlySpan<byte> stored) =>
        stored.SequenceEqual("record"u8) ? RecordKeyKind.Record
        : stored.SequenceEqual("phone"u8) ? RecordKeyKind.Phone
        : stored.SequenceEqual("premises"u8) ? RecordKeyKind.Premises
        : stored.SequenceEqual("reference"u8) ? RecordKeyKind.Reference
        : HistoryKeyReader.KindOf(Encoding.UTF8.GetString(stored));

    /// <summary>Dates come in runs (a night's rows together): the last one read is parsed once.</summary>
    private sealed class DateCache
    {
        private readonly byte[] _last = new byte[16];
        private int _length = -1;
        private DateOnly _date;

        public DateOnly Of(ReadOnlySpan<byte> utf8)
        {
            if (_length != utf8.Length || !utf8.SequenceEqual(_last.AsSpan(0, _length)))
            {
                Span<char> text = stackalloc char[StackCharacters];
                ReadOnlySpan<char> stored = utf8.Length <= text.Length ? text[..Encoding.UTF8.GetChars(utf8, text)] : Encoding.UTF8.GetString(utf8);
                _date = DateOnly.ParseExact(stored, SqliteDialect.DateFormat, CultureInfo.InvariantCulture);
                if (utf8.Length <= _last.Length)
                {
                    utf8.CopyTo(_last);
                    _length = utf8.Length;
                }
                else
                {
                    _length = -1;
                }
            }

            return _date;
        }
    }
}
