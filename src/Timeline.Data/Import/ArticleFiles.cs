namespace Timeline.Data.Import;

/// <summary>Expands command-line paths (files or folders) into the article files to import, in a stable order.</summary>
public static class ArticleFiles
{
    /// <summary>File endings read as articles when a folder is given. A file named explicitly is always tried.</summary>
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm" };

    /// <summary>
    /// Files named explicitly, then each folder's article files (recursively, ordinal order). Paths that do not exist are
    /// returned as they are so that the import reports them as failures instead of skipping them silently;
    /// other files found in folders are listed in <paramref name="ignored"/>.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<string> ignored)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (Extensions.Contains(Path.GetExtension(file)))
                        files.Add(file);
                    else
                        ignored.Add(file);
                }
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }
}
