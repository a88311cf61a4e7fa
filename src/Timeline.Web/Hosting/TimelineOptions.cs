using Timeline.Core.Places;

namespace Timeline.Web.Hosting;

/// <summary>Settings of the app, bound from the <c>Timeline</c> configuration section (env <c>Timeline__DataPath</c> …).</summary>
public sealed class TimelineOptions
{
    public const string Section = "Timeline";

    /// <summary>
    /// Folder of the SQLite store and imported boundaries. Relative paths are resolved against the content root;
    /// default <c>data</c> beside the app.
    /// </summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Folder of article files imported when the store has no articles; default the bundled <c>seeds</c>. Empty: none.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Folder of the gazetteer bundle (places, names, boundary layers); default <c>wwwroot-data</c> beside the app.</summary>
    public string? BundlePath { get; set; }

    /// <summary>Optional XYZ tile URL (<c>https://…/{z}/{x}/{y}.png</c>) for online deployments; off by default, so the app needs no network.</summary>
    public string? TileUrl { get; set; }

    /// <summary>Attribution shown with <see cref="TileUrl"/> tiles.</summary>
    public string? TileAttribution { get; set; }
}

/// <summary>Registration of the options, with paths resolved once.</summary>
public static class TimelineOptionsRegistration
{
    public static WebApplicationBuilder AddTimelineOptions(this WebApplicationBuilder builder)
    {
        var root = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<TimelineOptions>()
            .Bind(builder.Configuration.GetSection(TimelineOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataPath), "Timeline:DataPath must not be empty (env Timeline__DataPath).")
            .PostConfigure(o =>
            {
                o.DataPath = Path.GetFullPath(o.DataPath, root);
                o.SeedPath = o.SeedPath is null
                    ? Path.Combine(AppContext.BaseDirectory, "seeds")
                    : o.SeedPath.Length == 0 ? null : Path.GetFullPath(o.SeedPath, root);
                o.BundlePath = string.IsNullOrWhiteSpace(o.BundlePath)
                    ? GazetteerLoader.DefaultBundleDirectory
                    : Path.GetFullPath(o.BundlePath, root);
                o.TileUrl = string.IsNullOrWhiteSpace(o.TileUrl) ? null : o.TileUrl;
            })
            .ValidateOnStart();
        return builder;
    }
}
