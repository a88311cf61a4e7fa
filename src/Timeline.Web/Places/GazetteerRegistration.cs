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
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TimelineOptions>>().Value;
            return GazetteerLoader.Load(options.BundlePath!, options.DataPath);
        });
        // The boundary layers are ~11 MB of GeoJSON; compressed they are a fraction of that.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["application/geo+json", "application/jsonl"];
        });
        return services;
    }

    public static WebApplication MapGazetteerData(this WebApplication app)
    {
        // A missing bundle is reported by the gazetteer loader, which needs it; here it only means no map layers.
        var bundle = app.Services.GetRequiredService<IOptions<TimelineOptions>>().Value.BundlePath!;
        if (!Directory.Exists(bundle))
            return app;
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
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
