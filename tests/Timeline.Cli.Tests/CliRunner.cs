namespace Timeline.Cli.Tests;

/// <summary>Runs the real command tree in-process with captured output. Console is global: callers are serialised.</summary>
public static class CliRunner
{
    private static readonly Lock Gate = new();

    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            using var output = new StringWriter();
            using var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var exit = Cli.Run(Cli.BuildRoot(), args);
                return (exit, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}

/// <summary>CLI tests share the process console; they run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;
