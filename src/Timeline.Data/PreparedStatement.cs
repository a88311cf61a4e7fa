using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Timeline.Data;

/// <summary>
/// A prepared statement of the bulk write paths (import, hierarchy rebuild), bound by position and run on the
/// connection's SQLite handle, inside whatever transaction the connection has open. Microsoft.Data.Sqlite's command
/// (a data reader per execution, parameter objects) cost about as much as SQLite's own work per row at import volumes.
/// Values are stored as Microsoft.Data.Sqlite would store them, so EF Core reads them back unchanged.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public PreparedStatement(DbConnection connection, string sql)
    {
        _db = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds <paramref name="values"/> by position (null as NULL) and runs the statement to its end.</summary>
    public void Run(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
            Bind(i + 1, values[i]);
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc is not raw.SQLITE_DONE and not raw.SQLITE_ROW)
            SqliteException.ThrowExceptionForRC(rc, _db);
    }

    private void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            int i => raw.sqlite3_bind_int64(_statement, index, i),
            long l => raw.sqlite3_bind_int64(_statement, index, l),
            double d => raw.sqlite3_bind_double(_statement, index, d),
            string s => raw.sqlite3_bind_text(_statement, index, s),
            DateOnly d => raw.sqlite3_bind_text(_statement, index, d.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            DateTimeOffset t => raw.sqlite3_bind_text(_statement, index,
                t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"No SQLite binding for {value.GetType().Name} (parameter {index}).", nameof(value)),
        };
        Check(rc);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();
}

/// <summary>
/// Rows of one <c>INSERT</c> gathered and written <see cref="RowsPerStatement"/> at a time by a statement with that many
/// <c>VALUES</c> tuples (SQLite runs one statement per batch of rows instead of one per row); <see cref="Flush"/> writes
/// the rest one by one. Rows are written in the order added; call <see cref="Flush"/> before the commit.
/// </summary>
internal sealed class RowBuffer : IDisposable
{
    public const int RowsPerStatement = 32;

    private readonly PreparedStatement _one;
    private readonly PreparedStatement _many;
    private readonly object?[] _values;
    private readonly int _columns;
    private int _rows;

    /// <param name="insert">The statement up to <c>VALUES</c>: <c>INSERT INTO t (A, B)</c>.</param>
    /// <param name="tail">What follows the tuples (an <c>ON CONFLICT</c> clause), if anything.</param>
    public RowBuffer(DbConnection connection, string insert, int columns, string tail = "")
    {
        _columns = columns;
        _values = new object?[columns * RowsPerStatement];
        var tuple = "(" + string.Join(", ", Enumerable.Repeat("?", columns)) + ")";
        _one = new PreparedStatement(connection, $"{insert} VALUES {tuple} {tail}");
        _many = new PreparedStatement(connection, $"{insert} VALUES {string.Join(", ", Enumerable.Repeat(tuple, RowsPerStatement))} {tail}");
    }

    public void Add(params ReadOnlySpan<object?> row)
    {
        if (row.Length != _columns)
            throw new ArgumentException($"{row.Length} values for {_columns} columns.", nameof(row));
        row.CopyTo(_values.AsSpan(_rows * _columns));
        if (++_rows < RowsPerStatement)
            return;
        _many.Run(_values);
        _rows = 0;
    }

    public void Flush()
    {
        for (var i = 0; i < _rows; i++)
            _one.Run(_values.AsSpan(i * _columns, _columns));
        _rows = 0;
    }

    public void Dispose()
    {
        _one.Dispose();
        _many.Dispose();
    }
}
