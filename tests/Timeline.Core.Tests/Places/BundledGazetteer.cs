using Timeline.Core.Places;

namespace Timeline.Core.Tests.Places;

/// <summary>The real committed bundle in wwwroot-data/, loaded once for all tests that need it.</summary>
public static class BundledGazetteer
{
    private static readonly Lazy<Gazetteer> Lazy = new(() => GazetteerLoader.Load(TestPaths.RepoFile("wwwroot-data")));
    private static readonly Lazy<ToponymMatcher> LazyMatcher = new(() => new ToponymMatcher(Instance));
    private static readonly Lazy<Geocoder> LazyGeocoder = new(() => new Geocoder(Instance));

    public static Gazetteer Instance => Lazy.Value;
    public static ToponymMatcher Matcher => LazyMatcher.Value;
    public static Geocoder Geocoder => LazyGeocoder.Value;
}
