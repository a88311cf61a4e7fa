using Timeline.Cli;

return Cli.Run(Cli.BuildRoot(), args);
