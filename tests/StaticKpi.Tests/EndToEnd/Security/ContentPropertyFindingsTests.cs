using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>Defects the property test of issue 12 (ContentMutationPropertyTests) found beyond its thirteen findings.</summary>
public sealed class ContentPropertyFindingsTests
{
    private const string Commentary = "content/commentary/101/2024-25-q3.md";

    // Found by the property test: empty front matter crashed the loader (Markdig gives it no line array).
    [Fact]
    public void Empty_front_matter_in_commentary_sets_nothing_and_the_site_builds()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, "---\n---\nThe figure rose this quarter.\n");

        var outcome = ContentAttack.Build(site);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(outcome.Errors);
        Assert.Equal("", outcome.Stderr);
    }

    // Found by the property test: a base_url of another scheme or host was only a warning, and then written into every
    // page's canonical link.
    [Theory]
    [InlineData("javascript:alert(1)//")]
    [InlineData("data:text/html,x")]
    [InlineData("//evil.example/")]
    public void A_base_url_that_is_not_a_web_address_or_a_path_on_the_host_is_SKPI011(string baseUrl)
    {
        using var site = TempSite.FromMinimal();
        site.Replace("site.config.yaml", "base_url: https://example.test/scorecards/", $"base_url: \"{baseUrl}\"");

        foreach (var (_, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.UnsafeLink, "site.config.yaml", 4, 11));
        }

        Assert.False(Directory.Exists(site.Output));
    }
}
