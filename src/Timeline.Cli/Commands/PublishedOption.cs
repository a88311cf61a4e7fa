using System.CommandLine;
using System.Globalization;

namespace Timeline.Cli.Commands;

/// <summary><c>--published YYYY-MM-DD</c>: the publication date for articles whose header has none.</summary>
internal static class PublishedOption
{
    public static Option<string?> Create() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) to use when an article's first lines give none; it also overrides the header.",
    };

    public static DateOnly? Parse(string? value)
    {
        if (value is null)
            return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new UserError($"--published: '{value}' is not a date of the form YYYY-MM-DD");
    }
}
