using StaticKpi.Build;
using StaticKpi.Checks;

namespace StaticKpi.Tests.Checks;

/// <summary>The repository's example site, built with the default theme, passes every check.</summary>
public sealed class ExampleSiteCheckTests
{
    [Fact]
    public void The_example_site_has_no_findings()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        var build = SiteBuild.Run(new BuildOptions(RepoPaths.Root, output));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));

        // The 404 page's links start from the path in base_url (https://example.org/performance/).
        var result = new SiteChecker().Check(output, "/performance/");

        Assert.Equal(build.PagesWritten, result.PagesChecked);
        Assert.True(result.Passed, $"{result.Findings.Count} findings:\n" + string.Join("\n", result.Findings));
    }
}
