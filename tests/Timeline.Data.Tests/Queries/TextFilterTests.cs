using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Timeline.Core.Time;
using Timeline.Data.Entities;
using Timeline.Data.Import;
using Timeline.Data.Queries;

namespace Timeline.Data.Tests.Queries;

/// <summary>Words of <c>q</c> are matched literally: quotes, operators and wildcards of SQL or search syntaxes are plain characters.</summary>
public sealed class TextFilterTests : IDisposable
{
    private static readonly string[] Sentences =
    [
        "The court said \"no\" AND adjourned.",
        "Aid reached 100% of the *displaced* families.",
        "The convoy_7 passed the checkpoint.",
        "O'Brien met the delegation in the camp.",
        "Nothing special happened here.",
    ];

    private readonly TempFolder _temp = new();
    private readonly EventQueryService _queries;

    public TextFilterTests()
    {
        var store = new TimelineStore(_temp.File("text.db"));
        store.Migrate();
        using (var db = store.CreateContext())
        {
            db.Database.OpenConnection();
            using var transaction = db.Database.BeginTransaction();
            using var writer = new ArticleWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), TestPipeline.Instance.Gazetteer);
            var article = new ArticleRecord { ContentHash = "text", FileName = "text.txt", Published = new DateOnly(2025, 2, 25), Body = string.Join(' ', Sentences) };
            for (var i = 0; i < Sentences.Length; i++)
            {
                article.Events.Add(new EventRecord
                {
                    Ordinal = i, Sentence = Sentences[i], DateStart = article.Published, DateEnd = article.Published,
                    Precision = DatePrecision.Day, Basis = DateBasis.Publication, Edtf = "2025-02-25",
                });
            }
            writer.Write(article);
            writer.Complete();
            transaction.Commit();
        }
        _queries = new EventQueryService(store.CreateContext, TestPipeline.Instance.Gazetteer);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("\"", 0)]
    [InlineData("\"no\"", 0)]
    [InlineData("AND", 0)]
    [InlineData("and adjourned", 0)]
    [InlineData("*", 1)]
    [InlineData("100%", 1)]
    [InlineData("%", 1)]
    [InlineData("_", 2)]
    [InlineData("convoy_7", 2)]
    [InlineData("O'Brien", 3)]
    [InlineData("'", 3)]
    public void Events_SpecialCharacters_MatchLiterally(string q, int sentence)
    {
        var found = _queries.Events(new EventFilter(Text: q)).Select(e => e.Sentence).ToList();

        Assert.Equal([Sentences[sentence]], found);
        Assert.Equal(1, _queries.Count(new EventFilter(Text: q)));
    }

    [Theory]
    [InlineData("NEAR")]
    [InlineData("OR *")]
    [InlineData("\"\"")]
    [InlineData("nothing AND unknownword")]
    [InlineData("[a-z]")]
    public void Events_OperatorsAndUnmatchedWords_FindNothingWithoutError(string q) =>
        Assert.Empty(_queries.Events(new EventFilter(Text: q)));
}
