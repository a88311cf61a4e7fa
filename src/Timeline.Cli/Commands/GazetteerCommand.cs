using System.CommandLine;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline gazetteer …</c>: the verbs that build, inspect and extend the gazetteer.</summary>
internal static class GazetteerCommand
{
    internal static Command Create()
    {
        var command = new Command("gazetteer", "Build, inspect and extend the bundled gazetteer.");
        command.Subcommands.Add(GazetteerBuildCommand.Create());
        command.Subcommands.Add(GazetteerStatsCommand.Create());
        command.Subcommands.Add(GazetteerAddBoundariesCommand.Create());
        return command;
    }

    public static Option<DirectoryInfo?> Bundle() => new("--bundle")
    {
        Description = "Gazetteer bundle folder. Default: wwwroot-data beside the app.",
    };

    /// <summary>The repository root above the current directory (or the app), for the builder's defaults.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
                    return dir.FullName;
            }
        }
        throw new UserError("cannot find the repository (Timeline.sln) above the current directory; pass --sources, --curated and --out");
    }
}
