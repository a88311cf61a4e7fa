using System.CommandLine;

namespace Timeline.Cli.Commands;

/// <summary>Options shared by several verbs, and how their defaults are found.</summary>
internal static class CommonOptions
{
    /// <summary>Configuration key (environment variable <c>Timeline__DataPath</c>) for the data folder.</summary>
    public const string DataPathKey = "Timeline:DataPath";

    public static Option<DirectoryInfo?> Data() => new("--data")
    {
        Description = "Data folder (database, imported boundaries). Default: Timeline__DataPath, else data/ beside the app.",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text." };

    /// <summary>The data folder: the option if given, else the environment, else <c>data/</c> beside the app.</summary>
    public static string ResolveDataPath(DirectoryInfo? option)
    {
        if (option is not null)
            return option.FullName;
        var env = Environment.GetEnvironmentVariable("Timeline__DataPath");
        return !string.IsNullOrWhiteSpace(env)
            ? Path.GetFullPath(env)
            : Path.Combine(AppContext.BaseDirectory, "data");
    }
}

/// <summary>An error the user caused or can fix: printed as one line without a stack trace.</summary>
internal sealed class UserError(string message) : Exception(message);
