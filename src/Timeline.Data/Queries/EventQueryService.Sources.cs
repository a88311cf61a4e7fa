using Microsoft.EntityFrameworkCore;

namespace Timeline.Data.Queries;

public sealed partial class EventQueryService
{
    /// <summary>
    /// The distinct article sources in the store ("Reuters", "News Desk - The Cradle"), ordinal order, for the
    /// dashboard's source selector. Articles without a source are left out. Reads the index on the source column.
    /// </summary>
    public IReadOnlyList<string> Sources()
    {
        using var db = createContext();
        return db.Articles.AsNoTracking()
            .Where(a => a.Source != null && a.Source != "")
            .Select(a => a.Source!)
            .Distinct()
            .AsEnumerable()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
