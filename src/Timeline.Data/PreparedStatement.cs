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
