using Timeline.Web.Api;
using Timeline.Web.Dashboard;
using Timeline.Web.Hosting;
using Timeline.Web.Import;
using Timeline.Web.Map;
using Timeline.Web.Places;

var builder = WebApplication.CreateBuilder(args);

builder.AddTimelineOptions();
builder.Services.AddGazetteer();
builder.Services.AddEventStore();
builder.Services.AddEventsApi();
builder.Services.AddDashboard();
builder.Services.AddArticleUpload();
builder.Services.AddDistrictLayers();

var app = builder.Build();

app.UseDashboardErrorHandling();
app.MapGazetteerData();
app.MapDistrictLayers();
app.MapHealth();
app.MapEventsApi();
app.MapDashboard();

app.Run();

/// <summary>Entry point; public so that tests can start the real app with WebApplicationFactory.</summary>
public partial class Program;
