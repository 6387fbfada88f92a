using StaticKpi.Cli;
using StaticKpi.Output;
using static StaticKpi.Tests.EndToEnd.Security.OutputTestSupport;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>Once the new site is in place the build has succeeded, whatever happens to the old one.</summary>
public sealed class OutputOldSiteLeftTests
{
    // Issue 12, finding 12: the old site could not be deleted after the swap, and the build said "Build failed ... the
    // existing site was left as it was" although the new site was already published. Tests run as root, where no
    // permission stops a delete, so the delete is made to fail through the output's test seam.
    [Fact]
    public void An_old_site_that_cannot_be_deleted_gives_a_warning_and_the_build_succeeds()
    {
        using var site = TempSite.FromMinimal();
        Assert.True(site.Build().Succeeded);
        var old = Snapshot(site.Output);
        site.Replace("site.config.yaml", "title: Test scorecards", "title: New scorecards");

        string? tried = null;
        StagedOutput.DeleteOldSiteForTests.Value = path =>
        {
            tried = path;
            throw new IOException("Device or resource busy");
        };
        int exit;
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        try
        {
            exit = StatickpiCli.Run(["build", "--source", site.Source, "--output", site.Output], stdout, stderr);
        }
        finally
        {
            StagedOutput.DeleteOldSiteForTests.Value = null;
        }

        Assert.Equal(StatickpiCli.Success, exit);
        var left = Assert.Single(Leftovers(site.OutputParent), e => e != "_site");
        var leftPath = Path.Combine(site.OutputParent, left);
        Assert.Equal(leftPath, tried);
        Assert.Equal(
            $"{leftPath}: warning SKPI016: The new site is published at {site.Output}, " +
            $"but the old one could not be deleted and was left at {leftPath}. " +
            $"Delete {leftPath} by hand; the next build also tries to.\n",
            stderr.ToString());
        Assert.EndsWith("; 1 warning.\n", stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Build failed", stdout + stderr.ToString(), StringComparison.Ordinal);
        Assert.True(Same(old, Snapshot(leftPath)));
        Assert.Contains("New scorecards", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);

        // The next build finds the folder of a build that has ended and deletes it.
        Assert.True(site.Build().Succeeded);
        Assert.Equal(["_site"], Leftovers(site.OutputParent));
    }
}
