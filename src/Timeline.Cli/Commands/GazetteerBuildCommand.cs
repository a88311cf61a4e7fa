using System.CommandLine;
using System.Globalization;
using Timeline.Core.Places.Building;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline gazetteer build</c>: regenerates the committed bundle from the npm sources and curated files.</summary>
internal static class GazetteerBuildCommand
{
    internal static Command Create()
    {
        var sources = new Option<DirectoryInfo?>("--sources")
        {
            Description = "node_modules folder with the source packages. Default: src/Timeline.Cli/GazetteerSources/node_modules (run 'npm ci' there).",
        };
        var curated = new Option<DirectoryInfo?>("--curated") { Description = "Folder with places.json and names.json. Default: src/Timeline.Cli/GazetteerSources/curated." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Bundle folder to write. Default: the repository's wwwroot-data/." };
        var command = new Command("build", "Build the gazetteer bundle (reproducible: same sources, same bytes).") { sources, curated, output };
        command.SetAction(result =>
        {
            string Default(params string[] parts) => Path.Combine([GazetteerCommand.RepositoryRoot(), .. parts]);
            var options = new GazetteerBuildOptions(
                result.GetValue(sources)?.FullName ?? Default("src", "Timeline.Cli", "GazetteerSources", "node_modules"),
                result.GetValue(curated)?.FullName ?? Default("src", "Timeline.Cli", "GazetteerSources", "curated"),
                result.GetValue(output)?.FullName ?? Default("wwwroot-data"));
            if (!Directory.Exists(options.PackagesDir))
                throw new UserError($"sources folder '{options.PackagesDir}' not found; run 'npm ci' in src/Timeline.Cli/GazetteerSources");
            GazetteerBuildResult built;
            try
            {
                built = GazetteerBuilder.Build(options);
            }
            catch (InvalidDataException e)
            {
                throw new UserError(e.Message);
            }
            foreach (var (kind, count) in built.PlacesByKind)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-10} {count,8:N0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"names",-10} {built.ExtraNames,8:N0}"));
            foreach (var (file, bytes) in built.Files)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file,-28} {bytes / 1e6,8:F2} MB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {options.OutDir} ({built.TotalBytes / 1e6:F2} MB)"));
            return 0;
        });
        return command;
    }
}
