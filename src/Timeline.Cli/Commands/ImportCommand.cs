using System.CommandLine;
using System.Globalization;
using Timeline.Data;
using Timeline.Data.Import;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline import PATH... [--db FILE] [--published DATE] [--data DIR]</c></summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files (.txt, .html) or folders.", Arity = ArgumentArity.OneOrMore };
        var db = new Option<FileInfo?>("--db") { Description = "Database file. Default: timeline.db in the data folder." };
        var published = PublishedOption.Create();
        var data = CommonOptions.Data();
        var command = new Command("import", "Import articles into the event store (idempotent, atomic per article).")
        {
            paths, db, published, data,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(db), PublishedOption.Parse(parse.GetValue(published)),
            CommonOptions.ResolveDataPath(parse.GetValue(data))));
        return command;
    }

    private static int Run(string[] paths, FileInfo? dbFile, DateOnly? published, string dataPath)
    {
        var ignored = new List<string>();
        var files = ArticleFiles.Expand(paths, ignored);
        var store = dbFile is null ? TimelineStore.InDataFolder(dataPath) : new TimelineStore(dbFile.FullName);
        store.Migrate();
        var importer = new ArticleImporter(CliServices.Pipeline(dataPath), store.CreateContext);

        var progress = new ProgressLine(files.Count);
        var report = importer.Import(files, published, new Progress<FileImportResult>(progress.Advance));
        progress.Done();

        foreach (var file in report.Files.Where(f => f.Message is not null))
        {
            var label = file.Status switch
            {
                ImportStatus.Failed => "failed",
                ImportStatus.Duplicate => "duplicate",
                _ => "warning",
            };
            Console.Error.WriteLine($"{label}: {file.Message}");
        }
        foreach (var file in ignored)
            Console.Error.WriteLine($"ignored: {file} (not a .txt or .html article)");

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.New} new, {report.Unchanged} unchanged, {report.Duplicates} duplicate, {report.Failed} failed; {report.Events} events; " +
            $"{report.Bytes / 1e6:0.00} MB in {report.Elapsed.TotalSeconds:0.00} s ({report.MegabytesPerSecond:0.00} MB/s) → {store.DatabaseFile}"));
        return report.Failed > 0 ? 1 : 0;
    }
}
