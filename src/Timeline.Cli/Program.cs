using System.CommandLine;

var root = new RootCommand("timeline: news articles in, dated and geocoded events out.");
return root.Parse(args).Invoke();
