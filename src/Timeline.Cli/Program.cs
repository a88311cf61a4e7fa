using System.CommandLine;
using Timeline.Cli;
using Timeline.Cli.Commands;

var root = new RootCommand("timeline: news articles in, dated and geocoded events out.");
// One line per verb; each verb lives in Commands/.
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(GazetteerCommand.Create());
return Cli.Run(root, args);
