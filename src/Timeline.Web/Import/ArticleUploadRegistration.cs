using Timeline.Core.Places;
using Timeline.Core.Pipeline;
using Timeline.Data;

namespace Timeline.Web.Import;

/// <summary>Import from the dashboard: one <see cref="ArticleUpload"/> for the app, its extraction pipeline built on first use.</summary>
public static class ArticleUploadRegistration
{
    public static IServiceCollection AddArticleUpload(this IServiceCollection services)
    {
        // The pipeline's name index is large; it is built when the first upload arrives, not on start.
        services.AddSingleton(sp => new ArticleUpload(sp.GetRequiredService<TimelineStore>(),
            new Lazy<ExtractionPipeline>(() => new ExtractionPipeline(sp.GetRequiredService<Gazetteer>()))));
        return services;
    }
}
