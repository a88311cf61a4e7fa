using System.CommandLine;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline gazetteer add-boundaries FILE</c>: imports admin polygons into the data folder.</summary>
internal static class GazetteerAddBoundariesCommand
{
    internal static Command Create()
    {
        var command = new Command("add-boundaries", "Import admin-1/admin-2 polygons from a GeoJSON FeatureCollection (OCHA COD-AB, geoBoundaries).");
        command.SetAction(_ => 0);
        return command;
    }
}
