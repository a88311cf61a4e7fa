using System.CommandLine;
using Timeline.Cli.Commands;
using Timeline.Core.Articles;

namespace Timeline.Cli;

internal static class Cli
{
    /// <summary>The command tree: one line per verb; each verb lives in Commands/.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("timeline: news articles in, dated and geocoded events out.");
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(GazetteerCommand.Create());
        root.Subcommands.Add(GeocodeCommand.Create());
        return root;
    }

    /// <summary>Runs the command line; user errors become one line on stderr and exit code 2.</summary>
    public static int Run(RootCommand root, string[] args)
    {
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is UserError or ArticleFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
    }
}
