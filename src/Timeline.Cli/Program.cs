using System.CommandLine;
using Timeline.Cli;
using Timeline.Cli.Commands;

var root = new RootCommand("timeline: news articles in, dated and geocoded events out.");
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
return Cli.Run(root, args);
