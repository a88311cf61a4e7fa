using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Timeline.Core.Places;
using Timeline.Web.Hosting;

namespace Timeline.Web.Places;

/// <summary>The gazetteer, loaded once per process, and its bundle served to the map under <c>/data/</c>.</summary>
public static class GazetteerRegistration
{
    /// <summary>URL path of the bundle (<c>/data/countries.geojson</c>, <c>/data/admin1.geojson</c> …).</summary>
    public const string DataPath = "/data";

    public static IServiceCollection AddGazetteer(this IServiceCollection services)
    {
        // Read-only and thread-safe: one instance for every circuit, request and import.
        services.AddSingleton(sp => GazetteerLoader.Load(
            GazetteerLoader.DefaultBundleDirectory, sp.GetRequiredService<IOptions<TimelineOptions>>().Value.DataPath));
        return services;
    }

    public static WebApplication MapGazetteerData(this WebApplication app)
    {
        var bundle = GazetteerLoader.DefaultBundleDirectory;
        if (!Directory.Exists(bundle))
            throw new DirectoryNotFoundException($"The gazetteer bundle '{bundle}' is missing; build the app from the repository (wwwroot-data/).");
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(bundle),
            RequestPath = DataPath,
            ServeUnknownFileTypes = false,
            ContentTypeProvider = GeoJsonContentTypes(),
        });
        return app;
    }

    private static Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider GeoJsonContentTypes()
    {
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        types.Mappings[".jsonl"] = "application/jsonl";
        return types;
    }
}
