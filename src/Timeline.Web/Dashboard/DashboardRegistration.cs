using MudBlazor.Services;
using Timeline.Web.Components;
using Timeline.Web.Map;
using Timeline.Web.Places;

namespace Timeline.Web.Dashboard;

/// <summary>The Blazor dashboard: components, MudBlazor, the map and its services, error handling and headers.</summary>
public static class DashboardRegistration
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton<PlaceSearch>();
        services.AddScoped<MapInterop>();
        services.AddDashboardViews();
        services.AddHostedService<DashboardWarmUp>();
        return services;
    }

    /// <summary>Error page and HSTS outside development, and the security headers on every response.</summary>
    public static WebApplication UseDashboardErrorHandling(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // Inline styles: MudBlazor and Leaflet position elements with style attributes. Images: Leaflet's data URIs,
            // plus the optional tile server.
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
                "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
            await next();
        });
        return app;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapDashboardViews();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
