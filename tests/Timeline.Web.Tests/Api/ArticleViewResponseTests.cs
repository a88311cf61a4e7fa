using System.Net;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Api;

/// <summary>The prerendered article view from the real app: status codes and security headers.</summary>
public sealed class ArticleViewResponseTests : IDisposable
{
    private readonly TimelineApp _app = TimelineApp.Synthetic();
    private readonly HttpClient _client;

    public ArticleViewResponseTests() => _client = _app.CreateClient();

    [Fact]
    public async Task ArticleView_Known_IsPrerenderedWithTextAndSecurityHeaders()
    {
        var response = await _client.GetAsync("/articles/2?place=SY-DI");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("continued &lt;script&gt;alert(1)&lt;/script&gt; into the night.", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("href=\"/?place=SY-DI\"", html);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/articles/9999")]
    [InlineData("/articles/not-a-number")]
    public async Task ArticleView_UnknownOrMalformed_Is404WithFriendlyPage(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Article not found", await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
