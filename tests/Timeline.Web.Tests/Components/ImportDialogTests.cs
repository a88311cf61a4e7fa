using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Timeline.Core.Pipeline;
using Timeline.Data;
using Timeline.Web.Components.Import;
using Timeline.Web.Import;
using Timeline.Web.Tests.Import;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Components;

/// <summary>The import dialog with the real upload service on a temporary store.</summary>
public sealed class ImportDialogTests : ComponentTest
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-import-dialog-").FullName;
    private readonly TimelineStore _store;

    public ImportDialogTests()
    {
        _store = TimelineStore.InDataFolder(_folder);
        _store.Migrate();
        Context.Services.AddSingleton(new ArticleUpload(_store, new Lazy<ExtractionPipeline>(() => new ExtractionPipeline(TestWorld.Gazetteer()))));
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        var provider = Context.Render<MudDialogProvider>();
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<ImportDialog>("Import articles"));
        return provider;
    }

    private static void Choose(IRenderedComponent<MudDialogProvider> dialog, params InputFileContent[] files)
    {
        Assert.Equal("Article files", dialog.Find("label[for='import-files']").TextContent);
        dialog.FindComponent<InputFile>().UploadFiles(files);
    }

    private static void ClickImport(IRenderedComponent<MudDialogProvider> dialog) =>
        dialog.FindAll("button").Single(b => b.TextContent.Trim() == "Import").Click();

    // Rows of the results table as "file | result | events | details".
    private static List<string> Results(IRenderedComponent<MudDialogProvider> dialog) =>
        dialog.FindAll("table[aria-label='Import results'] tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim())))
            .ToList();

    [Fact]
    public async Task ImportDialog_FilesImported_ShowsOneResultPerFile()
    {
        var dialog = await OpenAsync();

        Choose(dialog,
            InputFileContent.CreateFromText(ArticleUploadTests.Dated, "camp.txt"),
            InputFileContent.CreateFromText(ArticleUploadTests.Dated, "camp-copy.txt"),
            InputFileContent.CreateFromText(ArticleUploadTests.Undated, "undated.txt"));
        Assert.Contains("3 files chosen: camp.txt, camp-copy.txt, undated.txt", dialog.Markup);
        ClickImport(dialog);

        dialog.WaitForAssertion(() => Assert.Equal(3, Results(dialog).Count), TimeSpan.FromSeconds(30));
        var rows = Results(dialog);
        using (var db = _store.CreateContext())
            Assert.Equal($"camp.txt | imported | {db.Events.Count()} | ", rows[0]);
        Assert.Equal("camp-copy.txt | duplicate | 0 | camp-copy.txt: same article as camp.txt", rows[1]);
        Assert.StartsWith("undated.txt | failed | 0 | undated.txt: ", rows[2]);
        Assert.StartsWith("1 imported (", dialog.Find("[role='status']").TextContent);
        Assert.Contains("1 duplicate, 1 failed", dialog.Find("[role='status']").TextContent);
    }

    [Fact]
    public async Task ImportDialog_OversizeAndWrongType_AreRefusedByName()
    {
        var dialog = await OpenAsync();

        Choose(dialog,
            InputFileContent.CreateFromBinary(new byte[5 * 1024 * 1024 + 1], "huge.html"),
            InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes(ArticleUploadTests.Dated), "scan.pdf"));
        ClickImport(dialog);

        dialog.WaitForAssertion(() => Assert.Equal(2, Results(dialog).Count), TimeSpan.FromSeconds(30));
        Assert.Equal([
            "huge.html | failed | 0 | huge.html: 5.1 MB is over the 5 MB limit",
            "scan.pdf | failed | 0 | scan.pdf: not an article file; choose .txt, .html or .htm files",
        ], Results(dialog));
        using var db = _store.CreateContext();
        Assert.Empty(db.Articles.ToList());
    }

    [Fact]
    public void ImportButton_DialogClosedAfterImport_RefreshesTheCurrentView()
    {
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/?place=SY-HA");
        var changes = new List<string>();
        navigation.LocationChanged += (_, e) => changes.Add(e.Location);
        var dialog = Context.Render<MudDialogProvider>();
        var button = Context.Render<ImportButton>();

        button.Find("button").Click();
        Choose(dialog, InputFileContent.CreateFromText(ArticleUploadTests.Dated, "camp.txt"));
        ClickImport(dialog);
        dialog.WaitForAssertion(() => Assert.Single(Results(dialog)), TimeSpan.FromSeconds(30));
        Assert.Empty(changes);
        dialog.FindAll("button").Single(b => b.TextContent.Trim() == "Close").Click();

        dialog.WaitForAssertion(() => Assert.Equal(["http://localhost/?place=SY-HA"], changes));
    }

    [Fact]
    public async Task ImportDialog_NothingChosen_ImportIsDisabled()
    {
        var dialog = await OpenAsync();

        Assert.True(dialog.FindAll("button").Single(b => b.TextContent.Trim() == "Import").HasAttribute("disabled"));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
