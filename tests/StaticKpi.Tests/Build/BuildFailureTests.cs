using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Build;

/// <summary>A build reports every problem at once and never touches the existing output when it fails.</summary>
public sealed class BuildFailureTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string Sickness = "content/indicators/102-sickness-days.yaml";
    private const string Commentary = "content/commentary/101/2024-25-q3.md";

    /// <summary>Breaks three different files in three different ways.</summary>
    internal static void BreakThreeFiles(TempSite site)
    {
        site.Replace(Invoices, "direction: up", "directoin: up"); // line 7
        site.Replace(Sickness, "  - period: 2024/25 Q2", "  - period: 2024/25 Q5"); // line 9
        site.Replace(Commentary, "- Chase approvers after 10 days.", "- Chase [approvers](javascript:alert(1)) after 10 days."); // line 15
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_by_one_build()
    {
        using var site = TempSite.FromMinimal();
        BreakThreeFiles(site);

        var result = site.Build();

        Assert.False(result.Succeeded);
        DiagnosticAssert.ErrorsAre(result.Diagnostics,
            (RuleIds.UnknownKey, Invoices, 7, 1),
            (RuleIds.BadPeriod, Sickness, 9, 13),
            (RuleIds.UnsafeLink, Commentary, 15, 9));
        Assert.Equal(0, result.PagesWritten);
        Assert.Equal(0, result.FilesWritten);
    }

    [Fact]
    public void Diagnostics_are_listed_in_file_line_column_order()
    {
        using var site = TempSite.FromMinimal();
        BreakThreeFiles(site);
        site.Replace(Invoices, "precision: 1", "precision: two"); // line 6, before the line 7 problem

        var result = site.Build();

        Assert.Equal(
            [$"{Commentary}:15:9", $"{Invoices}:6:12", $"{Invoices}:7:1", $"{Sickness}:9:13"],
            result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Location.ToString()));
    }

    [Fact]
    public void A_failed_first_build_creates_no_output_folder()
    {
        using var site = TempSite.FromMinimal();
        BreakThreeFiles(site);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.OutputParent));
        Assert.Equal(["build", "site"], TopLevelEntries(site.Root));
    }

    [Fact]
    public void A_build_failing_on_content_leaves_the_existing_output_untouched()
    {
        using var site = TempSite.FromMinimal();
        var good = site.Build();
        Assert.True(good.Succeeded, DiagnosticAssert.Describe(good.Diagnostics));
        var before = Snapshot(site.OutputParent);
        Assert.Contains(before.Keys, path => path.EndsWith(".html", StringComparison.Ordinal));

        BreakThreeFiles(site);
        var failed = site.Build();

        Assert.False(failed.Succeeded);
        AssertUnchanged(before, site);
    }

    [Fact]
    public void A_build_failing_on_a_template_after_staging_began_leaves_the_existing_output_untouched()
    {
        using var site = TempSite.FromMinimal();
        var good = site.Build();
        Assert.True(good.Succeeded, DiagnosticAssert.Describe(good.Diagnostics));
        var before = Snapshot(site.OutputParent);

        // The content is fine, so the build gets as far as writing assets to the staging folder before the
        // site's own (broken) copy of a layout stops it.
        site.Write("themes/default/layouts/indicator.html", "<p>{{ if page.title }</p>\n");
        var failed = site.Build();

        Assert.False(failed.Succeeded);
        var diagnostic = Assert.Single(failed.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(RuleIds.TemplateError, diagnostic.RuleId);
        AssertUnchanged(before, site);
    }

    [Fact]
    public void A_successful_rebuild_replaces_the_output_without_leaving_staging_folders()
    {
        using var site = TempSite.FromMinimal();
        File.WriteAllText(Path.Combine(site.OutputParent, "placeholder.txt"), "kept");
        Assert.True(site.Build().Succeeded);
        Directory.CreateDirectory(Path.Combine(site.Output, "stale"));
        File.WriteAllText(Path.Combine(site.Output, "stale", "old.html"), "old");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "stale")));
        Assert.Equal(["_site", "placeholder.txt"], TopLevelEntries(site.OutputParent));
    }

    private static void AssertUnchanged(Dictionary<string, byte[]?> before, TempSite site)
    {
        var after = Snapshot(site.OutputParent);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes is null ? after[path] is null : after[path] is { } now && bytes.AsSpan().SequenceEqual(now),
                $"{path} changed.");
        }

        Assert.Equal(["_site"], TopLevelEntries(site.OutputParent));
        Assert.Equal(["build", "site"], TopLevelEntries(site.Root));
    }

    /// <summary>Every file (with its bytes) and folder (null) under <paramref name="root"/>, by relative path.</summary>
    private static Dictionary<string, byte[]?> Snapshot(string root)
    {
        var entries = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
        {
            entries[Path.GetRelativePath(root, directory).Replace('\\', '/') + "/"] = null;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            entries[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return entries;
    }

    private static List<string> TopLevelEntries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
