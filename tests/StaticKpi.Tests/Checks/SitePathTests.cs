using StaticKpi.Checks;
using StaticKpi.Cli;

namespace StaticKpi.Tests.Checks;

/// <summary>
/// Links that start from the host's root ("/performance/key/", as on the 404 page) resolve against the path the site
/// is published under, from base_url.
/// </summary>
public sealed class SitePathTests
{
    private static CheckSite SiteWithLinks(params string[] hrefs)
    {
        var site = new CheckSite();
        site.Write("key/index.html", TestPage.Replacing("href=\"page.html\"", "href=\"../page.html\""));
        site.Write("page.html", TestPage.With(string.Concat(hrefs.Select((h, i) => $"<p><a href=\"{h}\">Link number {i + 1}</a></p>"))));
        return site;
    }

    [Theory]
    [InlineData("/performance/key/")]
    [InlineData("/performance/key/index.html")]
    [InlineData("/performance/page.html#main")]
    public void A_link_from_the_hosts_root_inside_the_sites_path_reaches_the_page(string href)
    {
        using var site = SiteWithLinks(href);

        Assert.DoesNotContain(new SiteChecker().Check(site.Root, "/performance/").Findings, f => f.RuleId == "LINK001");
    }

    [Theory]
    [InlineData("/elsewhere/key/", "/elsewhere/key/")]
    [InlineData("/performance/nothing/", "nothing/index.html")]
    public void A_link_from_the_hosts_root_outside_the_sites_path_or_to_a_missing_page_is_broken(string href, string path)
    {
        using var site = SiteWithLinks(href);

        var finding = Assert.Single(new SiteChecker().Check(site.Root, "/performance/").Findings, f => f.RuleId == "LINK001");
        Assert.Equal($"The link to \"{href}\" is broken: {path} is not in the site.", finding.Message);
    }

    [Fact]
    public void Without_a_site_path_a_link_from_the_hosts_root_resolves_from_the_output_folder()
    {
        using var site = SiteWithLinks("/key/", "/performance/key/");

        var finding = Assert.Single(new SiteChecker().Check(site.Root).Findings, f => f.RuleId == "LINK001");
        Assert.Contains("\"/performance/key/\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_command_reads_the_site_path_from_the_base_url_of_the_site_folder()
    {
        using var site = SiteWithLinks("/scorecards/key/");
        using var source = new TempFolder();
        File.WriteAllText(Path.Combine(source.Path, "site.config.yaml"),
            "format: 1\ntitle: T\norganisation: O\nbase_url: https://example.test/scorecards/\n");
        var stdout = new StringWriter();

        Assert.Equal(1, StatickpiCli.Run(["check", "--output", site.Root], stdout, new StringWriter()));
        Assert.Equal(0, StatickpiCli.Run(["check", "--output", site.Root, "--source", source.Path], stdout, new StringWriter()));
    }
}
