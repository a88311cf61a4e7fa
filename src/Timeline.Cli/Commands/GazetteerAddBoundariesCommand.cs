using System.CommandLine;
using Timeline.Core.Places;
using Timeline.Core.Places.Boundaries;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline gazetteer add-boundaries FILE</c>: imports admin polygons into <c>&lt;data&gt;/boundaries/</c>,
/// where every later load of the gazetteer (CLI and dashboard) applies them.
/// </summary>
internal static class GazetteerAddBoundariesCommand
{
    internal static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "GeoJSON FeatureCollection of Polygons/MultiPolygons (OCHA COD-AB, geoBoundaries)." };
        var level = new Option<int?>("--level") { Description = "Admin level of the file: 1 or 2. Default: detected from property names." };
        level.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } v and not (1 or 2))
                r.AddError("--level must be 1 or 2.");
        });
        var nameField = new Option<string?>("--name-field") { Description = "Property with the feature's name. Default: ADMn_EN, shapeName or NAME_EN." };
        var codeField = new Option<string?>("--code-field") { Description = "Property with the feature's code. Default: ADMn_PCODE, PCODE or shapeID." };
        var parentField = new Option<string?>("--parent-field") { Description = "Property with the parent admin-1 name (level 2). Default: ADM1_EN or ADMIN1_EN." };
        var data = CommonOptions.Data();
        var bundle = GazetteerCommand.Bundle();
        var command = new Command("add-boundaries", "Attach admin-1/admin-2 polygons from a boundary file to gazetteer places (kept in the data folder).")
        {
            file, level, nameField, codeField, parentField, data, bundle,
        };
        command.SetAction(result =>
        {
            var dataDir = CommonOptions.ResolveDataPath(result.GetValue(data));
            var gazetteer = GazetteerStatsCommand.Load(result.GetValue(bundle), result.GetValue(data));
            var options = new BoundaryImportOptions(result.GetValue(level), result.GetValue(nameField), result.GetValue(codeField), result.GetValue(parentField));
            BoundaryImportResult imported;
            try
            {
                imported = BoundaryImporter.Import(gazetteer, result.GetValue(file)!.FullName, dataDir, options);
            }
            catch (InvalidDataException e)
            {
                throw new UserError(e.Message);
            }
            var f = imported.Fields;
            Console.WriteLine($"level {f.Level}; name field {f.NameField}; parent field {f.ParentField ?? "-"}; code field {f.CodeField ?? "-"}");
            Console.WriteLine($"matched {imported.Matched.Count}, created {imported.Created.Count}, unmatched {imported.Unmatched.Count}");
            foreach (var m in imported.Matched)
                Console.WriteLine($"  matched   {m.Name} -> {m.PlaceId} ({m.How})");
            foreach (var m in imported.Created)
                Console.WriteLine($"  created   {m.Name} -> {m.PlaceId}");
            foreach (var m in imported.Unmatched)
                Console.WriteLine($"  unmatched {m.Name} ({m.How})");
            Console.WriteLine($"stored {imported.StoredFile}");
            return 0;
        });
        return command;
    }
}
