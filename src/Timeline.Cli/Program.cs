using System.CommandLine;
using Timeline.Cli;
using Timeline.Cli.Commands;

var root = new RootCommand("timeline: news articles in, dated and geocoded events out.");
// One line per verb; each verb lives in Commands/.
root.Subcommands.Add(GazetteerCommand.Create());
root.Subcommands.Add(GeocodeCommand.Create());
return Cli.Run(root, args);
