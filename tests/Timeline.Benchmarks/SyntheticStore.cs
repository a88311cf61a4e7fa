using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Timeline.Core.Places;
using Timeline.Core.Time;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Data.Import;

namespace Timeline.Benchmarks;

/// <summary>
/// A synthetic store for the query benchmark: articles spread over 20 years, five events each on average, one to three
/// places per event drawn from the real gazetteer (mostly Syria and Iraq, the rest anywhere, larger places more often),
/// sentences from a small vocabulary so word searches hit a realistic share. Written with the importer's prepared
/// statements (<see cref="ArticleWriter"/>, which also fills the hierarchy and summary tables), not EF change tracking. Seeded:
/// the same arguments give the same database.
/// </summary>
public static class SyntheticStore
{
    public static readonly DateOnly FirstDay = new(2005, 1, 1);
    public const int Years = 20;

    private static readonly string[] Words =
    [
        "forces", "attack", "camp", "prison", "families", "border", "convoy", "strike", "talks", "delegation", "militants",
        "protest", "aid", "displaced", "checkpoint", "clashes", "drone", "returnees", "water", "election", "curfew", "court",
        "amnesty", "detainees", "fighters", "shelling", "crossing", "oil", "village", "market", "hospital", "school",
    ];

    private static readonly PlaceKind[] Kinds =
        [PlaceKind.City, PlaceKind.Town, PlaceKind.Camp, PlaceKind.Crossing, PlaceKind.Admin1, PlaceKind.Admin2, PlaceKind.Country, PlaceKind.Region];

    public static void Build(string databaseFile, Gazetteer gazetteer, int articles, int events, int seed = 20261123)
    {
        var store = new TimelineStore(databaseFile);
        store.Migrate();
        var random = new Random(seed);
        var near = Pool(gazetteer, p => p.CountryCode is "SY" or "IQ");
        var anywhere = Pool(gazetteer, _ => true);
        var days = (int)(FirstDay.AddYears(Years).DayNumber - FirstDay.DayNumber);
        var perArticle = (double)events / articles;
        var written = 0;

        using var db = store.CreateContext();
        db.Database.OpenConnection();
        db.Database.ExecuteSqlRaw("PRAGMA synchronous=OFF");
        var ancestry = new Timeline.Data.Hierarchy.AncestryCache(gazetteer);
        for (var batch = 0; batch < articles; batch += 5000)
        {
            using var transaction = db.Database.BeginTransaction();
            using var writer = new ArticleWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), gazetteer, ancestry);
            for (var a = batch; a < Math.Min(articles, batch + 5000); a++)
            {
                var target = (int)Math.Round((a + 1) * perArticle) - written;
                var published = FirstDay.AddDays(random.Next(days));
                writer.Write(Article(random, a, published, Math.Max(1, target), near, anywhere));
                written += Math.Max(1, target);
            }
            writer.Complete();
            transaction.Commit();
            writer.Committed();
        }
        db.Database.ExecuteSqlRaw("ANALYZE");
    }

    /// <summary>Candidate places of the kinds news mentions, largest first (population; areas before points of equal rank).</summary>
    private static Place[] Pool(Gazetteer gazetteer, Func<Place, bool> where) =>
        gazetteer.Places.Where(p => Kinds.Contains(p.Kind) && where(p))
            .OrderByDescending(p => p.Kind is PlaceKind.Country or PlaceKind.Admin1 ? long.MaxValue : p.Population)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Skewed towards the front of the pool: a few big places get most mentions.</summary>
    private static Place Pick(Random random, Place[] pool) => pool[(int)(pool.Length * Math.Pow(random.NextDouble(), 3))];

    private static ArticleRecord Article(Random random, int index, DateOnly published, int events, Place[] near, Place[] anywhere)
    {
        var article = new ArticleRecord
        {
            ContentHash = index.ToString("x64", CultureInfo.InvariantCulture),
            FileName = $"synthetic-{index:D7}.txt",
            Published = published,
            Source = "Source " + (char)('A' + random.Next(12)),
            Title = "Synthetic article " + index.ToString(CultureInfo.InvariantCulture),
            Body = "",
        };
        for (var i = 0; i < events; i++)
        {
            var places = Enumerable.Range(0, 1 + random.Next(3))
                .Select(_ => Pick(random, random.NextDouble() < 0.7 ? near : anywhere))
                .DistinctBy(p => p.Id).ToList();
            var sentence = string.Join(' ', Enumerable.Range(0, 6 + random.Next(8)).Select(_ => Words[random.Next(Words.Length)]))
                + " in " + string.Join(" and ", places.Select(p => p.Name)) + ".";
            var (start, end, precision) = Date(random, published);
            var record = new EventRecord
            {
                Ordinal = i, SentenceStart = 0, SentenceEnd = sentence.Length, Sentence = sentence, Paragraph = i,
                DateStart = start, DateEnd = end, Precision = precision,
                Basis = precision == DatePrecision.Day ? DateBasis.Relative : DateBasis.Explicit,
                Edtf = precision switch
                {
                    DatePrecision.Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
                    DatePrecision.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
            };
            var offset = sentence.IndexOf(" in ", StringComparison.Ordinal) + 4;
            foreach (var p in places)
            {
                record.Places.Add(new EventPlaceRecord
                {
                    PlaceId = p.Id, PlaceName = p.Name, Kind = p.Kind, CountryCode = p.CountryCode, Admin1Id = p.Admin1Id,
                    Latitude = p.Latitude, Longitude = p.Longitude, Mention = p.Name,
                    MentionStart = offset, MentionEnd = offset + p.Name.Length, Confidence = 0.9, Reason = "synthetic",
                });
                offset += p.Name.Length + 5;
            }
            article.Body += sentence + " ";
            article.Events.Add(record);
        }
        return article;
    }

    /// <summary>Mostly the day of publication or a few days before; some months and years, as in news.</summary>
    private static (DateOnly Start, DateOnly End, DatePrecision Precision) Date(Random random, DateOnly published)
    {
        var roll = random.NextDouble();
        if (roll < 0.8)
        {
            var day = published.AddDays(-random.Next(4));
            return (day, day, DatePrecision.Day);
        }
        if (roll < 0.93)
        {
            var month = new DateOnly(published.Year, published.Month, 1).AddMonths(-random.Next(2));
            return (month, month.AddMonths(1).AddDays(-1), DatePrecision.Month);
        }
        var year = new DateOnly(Math.Max(FirstDay.Year, published.Year - random.Next(12)), 1, 1);
        return (year, new DateOnly(year.Year, 12, 31), DatePrecision.Year);
    }
}
