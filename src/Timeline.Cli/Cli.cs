using System.CommandLine;
using Timeline.Cli.Commands;
using Timeline.Core.Articles;

namespace Timeline.Cli;

internal static class Cli
{
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
