using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Timeline.Core.Places;
using Timeline.Core.Pipeline;
using Timeline.Data;
using Timeline.Data.Import;

namespace Timeline.Web.Hosting;

/// <summary>
/// On start: migrates the store; when it holds no articles, imports the seed folder with the same importer as the CLI
/// and logs the summary. Runs before the server accepts requests, so the first page already shows the seeds.
/// </summary>
internal sealed partial class StoreInitializer(
    TimelineStore store, Gazetteer gazetteer, IOptions<TimelineOptions> options, ILogger<StoreInitializer> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Migrate();
        LogStore(store.DatabaseFile);

        LogHierarchy(store.RebuildHierarchy(gazetteer));

        var seeds = options.Value.SeedPath;
        if (seeds is null || !Directory.Exists(seeds))
            return Task.CompletedTask;
        using (var db = store.CreateContext())
        {
            if (db.Articles.AsNoTracking().Any())
                return Task.CompletedTask;
        }

        var ignored = new List<string>();
        var files = ArticleFiles.Expand([seeds], ignored);
        try
        {
            var report = new ArticleImporter(new ExtractionPipeline(gazetteer), store.CreateContext).Import(files, cancel: cancellationToken);
            LogSeeded(report.New, report.Events, report.Failed, report.Elapsed.TotalSeconds, seeds);
            foreach (var failure in report.Files.Where(f => f.Status == ImportStatus.Failed))
                LogFailure(failure.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A broken extractor must not keep the dashboard from starting: the store stays empty and says so.
            LogSeedError(e, seeds);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Event store: {DatabaseFile}")]
    private partial void LogStore(string databaseFile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Place hierarchy: {Places} stored places with their ancestors")]
    private partial void LogHierarchy(int places);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the empty store: {Articles} articles, {Events} events, {Failed} failed, in {Seconds:0.0} s from {Folder}")]
    private partial void LogSeeded(int articles, int events, int failed, double seconds, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed import: {Message}")]
    private partial void LogFailure(string? message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed import from {Folder} failed; the store stays empty")]
    private partial void LogSeedError(Exception exception, string folder);
}
