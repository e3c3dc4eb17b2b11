using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ScanService.Storage.Dialects;

/// <summary>
/// One statement prepared on the connection's native handle and re-bound for each row (or batch of rows) it inserts,
/// or stepped through the rows it reads: SQLite's closest thing to a bulk API. Going under Microsoft.Data.Sqlite matters at national scale: its commands look each parameter up by
/// name and build a data reader on every execution, which costs more than SQLite's own insert when a night writes
/// millions of rows, and read every value back as a boxed object or a new string. The parameters are looked up once,
/// here; the statement runs in the connection's transaction.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private static readonly byte[] EmptyText = [0];

    private readonly int[] _slots;
    private byte[] _text = new byte[256];

    /// <param name="parameters">The SQL's parameter names (<c>@Source</c>…); the bind methods take an index into this list.</param>
    public SqliteStatement(SqliteConnection connection, string sql, params string[] parameters)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        _slots = new int[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            _slots[i] = raw.sqlite3_bind_parameter_index(_statement, parameters[i]);
            if (_slots[i] == 0)
            {
                _statement.Dispose();
                throw new ArgumentException($"The statement has no parameter {parameters[i]}.", nameof(parameters));
            }
        }
    }

    /// <summary>Binds the <paramref name="parameter"/>th named parameter; null binds NULL.</summary>
    /// <remarks>
    /// Encoded into one buffer kept for the writer, which SQLite copies as it binds: the binding that takes a string
    /// made a new byte array per value, about a fifth of the cost of writing a national night's history keys.
    /// </remarks>
    public void Text(int parameter, string? value)
    {
        var slot = _slots[parameter];
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, slot));
            return;
        }

        Text(parameter, value.AsSpan());
    }

    /// <summary>Binds the <paramref name="parameter"/>th named parameter to text given as characters (never NULL).</summary>
    public void Text(int parameter, ReadOnlySpan<char> value)
    {
        var slot = _slots[parameter];
        if (value.Length == 0)
        {
            // An empty span has no address, and a null address would bind NULL, not ''.
            Check(raw.sqlite3_bind_text(_statement, slot, utf8z.FromSpan(EmptyText)));
            return;
        }

        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (needed > _text.Length)
        {
            _text = new byte[Math.Max(needed, _text.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, _text);
        Check(raw.sqlite3_bind_text(_statement, slot, _text.AsSpan(0, length)));
    }

    public void Integer(int parameter, long value) => Check(raw.sqlite3_bind_int64(_statement, _slots[parameter], value));

    public void Real(int parameter, double value) => Check(raw.sqlite3_bind_double(_statement, _slots[parameter], value));

    /// <summary>Inserts the row bound so far; a constraint failure throws the same <see cref="SqliteException"/> a command would.</summary>
    public void Insert()
    {
        var stepped = raw.sqlite3_step(_statement);
        // Reset before throwing, so that the statement never holds the failed row's state.
        raw.sqlite3_reset(_statement);
        if (stepped != raw.SQLITE_DONE)
        {
            throw Failure(stepped);
        }
    }

    /// <summary>
    /// Steps to the next row the statement reads; false (and the statement reset, ready to be run again) after the last.
    /// The row's columns are valid until the next step.
    /// </summary>
    public bool Read()
    {
        var stepped = raw.sqlite3_step(_statement);
        if (stepped == raw.SQLITE_ROW)
        {
            return true;
        }

        var failure = stepped == raw.SQLITE_DONE ? null : Failure(stepped);
        raw.sqlite3_reset(_statement);
        return failure is null ? false : throw failure;
    }

    /// <summary>Inserts the row bound so far, as <see cref="Insert"/>, and returns its rowid (the table's INTEGER PRIMARY KEY).</summary>
    public long InsertReturningRowId()
    {
        Insert();
        return raw.sqlite3_last_insert_rowid(_database);
    }

    /// <summary>Makes the statement ready to run again when its rows have not all been read.</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    public bool ColumnIsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long ColumnInteger(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>The column's UTF-8 bytes in the current row, without making a string of them.</summary>
    public ReadOnlySpan<byte> ColumnText(int column) => raw.sqlite3_column_blob(_statement, column);

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw Failure(result);
        }
    }

    private SqliteException Failure(int result) =>
        new(raw.sqlite3_errmsg(_database).utf8_to_string(), result, raw.sqlite3_extended_errcode(_database));
}
