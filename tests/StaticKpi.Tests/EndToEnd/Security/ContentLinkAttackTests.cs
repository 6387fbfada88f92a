using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 2: a symbolic link in content/ or themes/ whose target is outside the site folder is an error
/// (SKPI026) and is never read; links that stay inside the site are followed.
/// </summary>
public sealed class ContentLinkAttackTests
{
    private const string Commentary = "content/commentary/101/2024-25-q3.md";

    // Issue 12, finding 2: the reproduction (ln -s /proc/self/environ content/commentary/…) publishes nothing.
    [Fact]
    public void A_commentary_link_to_the_process_environment_is_SKPI026_in_validate_and_build_and_nothing_of_it_is_printed()
    {
        using var site = TempSite.FromMinimal();
        site.Delete(Commentary);
        File.CreateSymbolicLink(site.PathOf(Commentary), "/proc/self/environ");

        foreach (var (command, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.LinkLeavesSite, Commentary, 1, 1));
            var error = Assert.Single(outcome.Errors);
            Assert.Equal(
                "This is a symbolic link to something outside the site folder, so it was not read: " +
                "a build must not publish files from elsewhere on the machine. " +
                "Replace the link with a real file, or point it at a file inside the site folder.", error.Text);
            Assert.DoesNotContain("PATH=", outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(site.Output), command);
        }
    }

    // Issue 12, finding 2: every kind of content file, and site.config.yaml itself.
    [Theory]
    [InlineData("content/indicators/101-invoices-paid.yaml")]
    [InlineData("content/reports/finance/2024-25-q3.yaml")]
    [InlineData("content/commentary/101/2024-25-q3.md")]
    [InlineData("site.config.yaml")]
    public void A_content_file_linked_to_a_file_outside_the_site_is_SKPI026_at_the_link(string file)
    {
        using var site = TempSite.FromMinimal();
        var outside = Outside(site, "secret.txt", "title: SECRET-VALUE\n");
        site.Delete(file);
        File.CreateSymbolicLink(site.PathOf(file), outside);

        foreach (var (_, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.LinkLeavesSite, file, 1, 1));
            Assert.DoesNotContain("SECRET-VALUE", outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
        }
    }

    // Issue 12, finding 2: a linked folder is not walked when it leads outside (.NET's recursive listing would follow it).
    [Fact]
    public void A_commentary_folder_linked_outside_the_site_is_SKPI026_at_the_folder_and_its_files_are_not_read()
    {
        using var site = TempSite.FromMinimal();
        var outside = Path.GetDirectoryName(Outside(site, "folder/2024-25-q2.md", "SECRET-VALUE"))!;
        File.CreateSymbolicLink(site.PathOf("content/commentary/102"), outside);

        foreach (var (_, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.LinkLeavesSite, "content/commentary/102", 1, 1));
            Assert.DoesNotContain("SECRET-VALUE", outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
        }
    }

    // Issue 12, finding 2: a chain of links is judged by where it ends, however many links it passes through.
    [Fact]
    public void A_chain_of_links_inside_the_site_that_ends_outside_it_is_SKPI026()
    {
        using var site = TempSite.FromMinimal();
        var outside = Outside(site, "secret.md", "SECRET-VALUE");
        File.CreateSymbolicLink(site.PathOf("content/last-link"), outside);
        File.CreateSymbolicLink(site.PathOf("content/first-link"), "last-link");
        site.Delete(Commentary);
        File.CreateSymbolicLink(site.PathOf(Commentary), "../../first-link");

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.LinkLeavesSite, Commentary, 1, 1));
    }

    // Issue 12, finding 2: links are allowed while they stay in the site folder, to files and to folders.
    [Fact]
    public void Links_to_a_file_and_a_folder_inside_the_site_are_followed_and_published()
    {
        using var site = TempSite.FromMinimal();
        site.Write("shared/notes/2024-25-q3.md", site.Read(Commentary).Replace("new approval workflow", "LINKED-NOTES", StringComparison.Ordinal));
        site.Delete(Commentary);
        Directory.Delete(site.PathOf("content/commentary/101"));
        File.CreateSymbolicLink(site.PathOf("content/commentary/101"), "../../shared/notes");
        site.Write("shared/finance-q3.yaml", site.Read("content/reports/finance/2024-25-q3.yaml"));
        site.Delete("content/reports/finance/2024-25-q3.yaml");
        File.CreateSymbolicLink(site.PathOf("content/reports/finance/2024-25-q3.yaml"), site.PathOf("shared/finance-q3.yaml"));

        var outcome = ContentAttack.Build(site);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Empty(outcome.Errors);
        Assert.Contains("LINKED-NOTES",
            File.ReadAllText(Path.Combine(site.Output, "2024-25-q3", "finance", "101-invoices-paid-within-30-days", "index.html")),
            StringComparison.Ordinal);
    }

    // Issue 12, finding 2: the same for themes/: layouts, partials and assets, and a theme folder linked outside.
    [Theory]
    [InlineData("layouts/report.html")]
    [InlineData("partials/rating.html")]
    [InlineData("assets/site.css")]
    public void A_theme_file_linked_outside_the_site_is_SKPI026_in_validate_and_build(string themeFile)
    {
        using var site = TempSite.FromMinimal();
        var outside = Outside(site, "theme-secret.txt", "SECRET-VALUE");
        var link = "themes/default/" + themeFile;
        Directory.CreateDirectory(Path.GetDirectoryName(site.PathOf(link))!);
        File.CreateSymbolicLink(site.PathOf(link), outside);

        foreach (var (command, outcome) in ContentAttack.ValidateAndBuild(site))
        {
            ContentAttack.FailsWith(outcome, (RuleIds.LinkLeavesSite, link, 1, 1));
            Assert.False(Directory.Exists(site.Output), command);
        }
    }

    [Fact]
    public void A_theme_folder_linked_outside_the_site_is_SKPI026_at_the_folder()
    {
        using var site = TempSite.FromMinimal();
        var outside = Path.GetDirectoryName(Outside(site, "theme/layouts/base.html", "SECRET-VALUE"))!;
        Directory.CreateDirectory(site.PathOf("themes"));
        File.CreateSymbolicLink(site.PathOf("themes/default"), Path.GetDirectoryName(outside)!);

        ContentAttack.FailsWith(ContentAttack.Build(site), (RuleIds.LinkLeavesSite, "themes/default", 1, 1));
        Assert.False(Directory.Exists(site.Output));
    }

    // Issue 12, finding 2: a theme name cannot lead out of themes/ either.
    [Fact]
    public void A_theme_name_that_leads_out_of_the_themes_folder_is_an_error_at_the_theme_line()
    {
        using var site = TempSite.FromMinimal();
        site.Replace("site.config.yaml", "contact_email: kpi@example.test", "contact_email: kpi@example.test\ntheme: ../../../etc");

        ContentAttack.FailsWith(ContentAttack.Validate(site), (RuleIds.BadValue, "site.config.yaml", 7, 8));
    }

    // Issue 12, finding 2: the preview's reload of one commentary file applies the same rule.
    [Fact]
    public void The_preview_reload_of_a_commentary_file_that_became_a_link_outside_the_site_reports_SKPI026()
    {
        using var site = TempSite.FromMinimal();
        var sources = SiteSources.Load(site.Source);
        site.Delete(Commentary);
        File.CreateSymbolicLink(site.PathOf(Commentary), Outside(site, "secret.md", "## Commentary\nSECRET-VALUE"));

        var changed = sources.ReloadCommentary(Commentary);

        Assert.Equal([101], changed.Select(c => c.IndicatorId)); // the commentary it held before, now gone
        var diagnostics = new DiagnosticBag();
        Assert.Null(sources.Assemble(diagnostics));
        DiagnosticAssert.ErrorsAre(diagnostics.ToList(), (RuleIds.LinkLeavesSite, Commentary, 1, 1));
    }

    [Fact]
    public void The_preview_reload_of_a_commentary_folder_linked_outside_the_site_reports_SKPI026_at_the_folder()
    {
        using var site = TempSite.FromMinimal();
        var sources = SiteSources.Load(site.Source);
        var outside = Path.GetDirectoryName(Outside(site, "folder/2024-25-q2.md", "## Commentary\nSECRET-VALUE"))!;
        File.CreateSymbolicLink(site.PathOf("content/commentary/102"), outside);

        Assert.Empty(sources.ReloadCommentary("content/commentary/102"));
        var diagnostics = new DiagnosticBag();
        Assert.Null(sources.Assemble(diagnostics));
        DiagnosticAssert.ErrorsAre(diagnostics.ToList(), (RuleIds.LinkLeavesSite, "content/commentary/102", 1, 1));
    }

    // Issue 12, finding 2: `statickpi check` reads base_url from site.config.yaml the same way.
    [Fact]
    public void The_base_url_lookup_does_not_read_a_site_config_linked_outside_the_site()
    {
        using var site = TempSite.FromMinimal();
        var outside = Outside(site, "config.yaml", "title: t\nbase_url: https://evil.example/\n");
        site.Delete("site.config.yaml");
        File.CreateSymbolicLink(site.PathOf("site.config.yaml"), outside);

        Assert.Null(SiteConfigLoader.BaseUrlIn(site.Source));
    }

    /// <summary>Writes a file beside the site folder (inside the test's temporary folder, outside the site) and returns its path.</summary>
    private static string Outside(TempSite site, string relativePath, string text)
    {
        var path = Path.Combine(site.Root, "outside", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
