using StaticKpi.Shared;

namespace StaticKpi.Tests.Pages;

/// <summary>Links between pages are relative, the shortest there is, and point at folders rather than index.html.</summary>
public sealed class SitePathsTests
{
    [Theory]
    [InlineData("2024-25-q3/finance/index.html", "2024-25-q3/finance/101-x/index.html", "101-x/")]
    [InlineData("2024-25-q3/finance/101-x/index.html", "2024-25-q3/finance/index.html", "../")]
    [InlineData("2024-25-q3/finance/101-x/index.html", "2024-25-q3/finance/102-y/index.html", "../102-y/")]
    [InlineData("2024-25-q3/finance/101-x/index.html", "2024-25-q3/finance/101-x/index.html", "./")]
    [InlineData("2024-25-q3/finance/101-x/index.html", "index.html", "../../../")]
    [InlineData("index.html", "key/index.html", "key/")]
    [InlineData("index.html", "index.html", "./")]
    [InlineData("index.html", "data/statickpi-all.csv", "data/statickpi-all.csv")]
    [InlineData("data/index.html", "data/reports/finance-2024-25-q3.csv", "reports/finance-2024-25-q3.csv")]
    [InlineData("a/bc/index.html", "a/b/index.html", "../b/")]
    [InlineData("a/b/index.html", "a/bc/index.html", "../bc/")]
    [InlineData("a/b/c/d/e/f/g/h/i/index.html", "index.html", "../../../../../../../../../")]
    public void A_link_goes_up_to_the_folders_both_pages_share_then_down_to_the_target(string from, string to, string expected) =>
        Assert.Equal(expected, SitePaths.Link(from, to));

    [Theory]
    [InlineData("index.html", "./")]
    [InlineData("key/index.html", "../")]
    [InlineData("2024-25-q3/finance/101-x/index.html", "../../../")]
    public void The_root_is_one_step_up_per_folder(string page, string expected) => Assert.Equal(expected, SitePaths.RootFrom(page));
}
