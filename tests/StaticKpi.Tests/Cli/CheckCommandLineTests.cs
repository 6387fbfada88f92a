using StaticKpi.Cli;
using StaticKpi.Tests.Checks;

namespace StaticKpi.Tests.Cli;

/// <summary>Exit codes of <c>statickpi check</c> and <c>statickpi build --check</c>.</summary>
public sealed class CheckCommandLineTests
{
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private int Run(params string[] args) => StatickpiCli.Run(args, _stdout, _stderr);

    [Fact]
    public void Check_of_a_clean_site_prints_the_summary_and_exits_with_0()
    {
        using var site = new CheckSite();
        site.Write("index.html", TestPage.Valid.Replace("page.html", "index.html", StringComparison.Ordinal));

        Assert.Equal(0, Run("check", "--output", site.Root));
        Assert.Equal("1 page checked, 0 findings\n", _stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_of_a_folder_that_does_not_exist_is_a_usage_error()
    {
        using var folder = new TempFolder();

        Assert.Equal(2, Run("check", "--output", folder.Combine("nothing-here")));
        Assert.Contains("There is no site to check", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_an_unknown_option_is_a_usage_error() =>
        Assert.Equal(2, Run("check", "--outptu", "x"));

    [Fact]
    public void Build_with_check_exits_with_0_when_the_built_site_passes()
    {
        using var folder = new TempFolder();
        var source = folder.CopyFrom(RepoPaths.Fixture("minimal"), "site");

        var exit = Run("build", "--source", source, "--output", folder.Combine("_site"), "--check");

        Assert.True(exit == 0, _stdout + "\n" + _stderr);
        Assert.EndsWith(" checked, 0 findings\n", _stdout.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_check_exits_with_1_when_the_theme_breaks_a_rule()
    {
        using var folder = new TempFolder();
        var source = folder.CopyFrom(RepoPaths.Fixture("minimal"), "site");
        var output = folder.Combine("_site");
        var layout = File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "default", "layouts", "key.html"));
        Directory.CreateDirectory(Path.Combine(source, "themes", "default", "layouts"));
        File.WriteAllText(Path.Combine(source, "themes", "default", "layouts", "key.html"), layout +
            "\n<p>Questions? <a href=\"#\">click here</a></p>\n");

        var exit = Run("build", "--source", source, "--output", output, "--check");

        Assert.Equal(1, exit);
        var lines = _stdout.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith("Built ", lines[0], StringComparison.Ordinal);
        var findings = lines[1..^1].Select(CheckOutput.Parse).ToList();
        Assert.Equal([("key/index.html", "A11Y010"), ("key/index.html", "A11Y011")], findings.Select(f => (f.Page, f.RuleId)));
        Assert.All(findings, f => Assert.Matches(@"^#main > p(:nth-of-type\(\d+\))? > a$", f.Selector));
        Assert.EndsWith(" checked, 2 findings", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_without_check_does_not_check()
    {
        using var folder = new TempFolder();
        var source = folder.CopyFrom(RepoPaths.Fixture("minimal"), "site");

        Assert.Equal(0, Run("build", "--source", source, "--output", folder.Combine("_site")));
        Assert.DoesNotContain("checked", _stdout.ToString(), StringComparison.Ordinal);
    }
}
