
namespace StaticKpi.Tests.EndToEnd;

/// <summary>Every page of the example site is reachable from the home page by following links alone.</summary>
public sealed class CrawlTests(ExampleSiteFixture fixture) : IClassFixture<ExampleSiteFixture>
{
    [Fact]
    public void Following_links_from_the_home_page_reaches_every_report_and_indicator_page()
    {
        var site = fixture.Site;
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["index.html"]);
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            if (!reached.Add(page))
            {
                continue;
            }

            foreach (var href in site.Page(page).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (Local(page, href) is { } next && !reached.Contains(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        var expected = site.HtmlPages().Where(p => p != "404.html").ToList();
        Assert.Equal(expected, reached.Order(StringComparer.Ordinal).ToList());
        Assert.True(expected.Count(p => p.Split('/').Length == 4 && !p.StartsWith("indicators/", StringComparison.Ordinal)) >= 60);
    }

    /// <summary>The site file a relative link points at, or null for external links, downloads and anchors.</summary>
    private string? Local(string from, string href)
    {
        if (href.StartsWith('#') || href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)
            || href.StartsWith('/'))
        {
            return null;
        }

        var path = href.Split('#')[0];
        var full = Path.GetFullPath(Path.Combine(fixture.Site.Output, Path.GetDirectoryName(from)!, path));
        if (path.Length == 0 || path.EndsWith('/'))
        {
            full = Path.Combine(full, "index.html");
        }

        if (!full.EndsWith(".html", StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        return Path.GetRelativePath(fixture.Site.Output, full).Replace('\\', '/');
    }
}
