using System.CommandLine;
using System.Globalization;
using Timeline.Core.Places;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline gazetteer stats</c>: what the loaded gazetteer holds, by kind and by country.</summary>
internal static class GazetteerStatsCommand
{
    internal static Command Create()
    {
        var data = CommonOptions.Data();
        var bundle = GazetteerCommand.Bundle();
        var top = new Option<int>("--top") { Description = "How many countries to list (default 15).", DefaultValueFactory = _ => 15 };
        var command = new Command("stats", "Print counts of places by kind and country, names, and how many have geometry.") { data, bundle, top };
        command.SetAction(result =>
        {
            var gazetteer = Load(result.GetValue(bundle), result.GetValue(data));
            foreach (var line in Describe(gazetteer, Math.Max(0, result.GetValue(top))))
                Console.WriteLine(line);
            return 0;
        });
        return command;
    }

    internal static Gazetteer Load(DirectoryInfo? bundle, DirectoryInfo? data)
    {
        try
        {
            return GazetteerLoader.Load(bundle?.FullName ?? GazetteerLoader.DefaultBundleDirectory, CommonOptions.ResolveDataPath(data));
        }
        catch (InvalidDataException e)
        {
            throw new UserError(e.Message);
        }
    }

    internal static IEnumerable<string> Describe(Gazetteer gazetteer, int top)
    {
        var places = gazetteer.Places;
        string Line(string label, int count, int withGeometry) =>
            string.Create(CultureInfo.InvariantCulture, $"  {label,-12} {count,8:N0}   with geometry {withGeometry,6:N0}");
        yield return string.Create(CultureInfo.InvariantCulture, $"places {places.Count:N0}, names {gazetteer.Names.Count:N0}, with geometry {places.Count(p => p.HasGeometry):N0}");
        yield return "by kind:";
        foreach (var g in places.GroupBy(p => p.Kind).OrderBy(g => g.Key))
            yield return Line(BundleFormat.KindName(g.Key), g.Count(), g.Count(p => p.HasGeometry));
        yield return $"by country (top {top}):";
        foreach (var g in places.GroupBy(p => p.CountryCode ?? "(none)").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(top))
            yield return Line(g.Key, g.Count(), g.Count(p => p.HasGeometry));
        yield return "names by kind:";
        foreach (var g in gazetteer.Names.GroupBy(n => n.Kind).OrderBy(g => g.Key))
            yield return string.Create(CultureInfo.InvariantCulture, $"  {BundleFormat.NameKindName(g.Key),-12} {g.Count(),8:N0}");
    }
}
