using System.Data.Common;

namespace Timeline.Data;

/// <summary>Prepared statements for the bulk write paths (import, hierarchy rebuild), bound by position.</summary>
internal static class PreparedCommands
{
    /// <summary>A prepared command in <paramref name="transaction"/> with one parameter per name, in order.</summary>
    public static DbCommand Create(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    /// <summary>Binds <paramref name="values"/> by position (null as DBNull) and runs the command.</summary>
    public static object? Run(DbCommand command, bool scalar, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }
}
