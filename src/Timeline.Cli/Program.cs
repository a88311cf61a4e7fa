using System.CommandLine;
using Timeline.Cli;

var root = new RootCommand("timeline: news articles in, dated and geocoded events out.");
// One line per verb; each verb lives in Commands/.
return Cli.Run(root, args);
