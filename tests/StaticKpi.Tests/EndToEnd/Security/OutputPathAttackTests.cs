using StaticKpi.Build;
using StaticKpi.Cli;
using StaticKpi.Diagnostics;
using StaticKpi.Output;
using static StaticKpi.Tests.EndToEnd.Security.OutputTestSupport;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// A build replaces its output folder whole, so --output must never point at something that is not the build's to
/// delete: the site, its content or themes, a repository, a home folder, the root, or someone's files.
/// </summary>
public sealed class OutputPathAttackTests
{
    private const string Fix =
        "Choose another folder with --output: a new or empty folder, or one a previous build wrote (the default is _site inside the site folder).";

    // Issue 12, finding 1: `cd site && statickpi build --output .` deleted content/, site.config.yaml and .git.
    [Fact]
    public void An_output_at_the_site_folder_is_refused_with_exit_2_and_the_site_is_untouched()
    {
        using var site = TempSite.FromMinimal();
        Directory.CreateDirectory(site.PathOf(".git"));
        var before = Snapshot(site.Source);

        var (exit, stdout, stderr) = Build(site.Source, site.Source);

        Assert.Equal(StatickpiCli.UsageError, exit);
        Assert.Equal("", stdout);
        Assert.Equal(
            $"error: The output folder {site.Source} is the site folder itself; a build replaces its output folder whole, " +
            $"which would delete the site.\n{Fix}\n",
            stderr);
        Assert.True(Same(before, Snapshot(site.Source)));
        Assert.Equal([".git", "content", "site.config.yaml"], Entries(site.Source));
    }

    // Issue 12, finding 1: a folder above the site holds it, so replacing it deletes the site too.
    [Fact]
    public void An_output_at_a_folder_above_the_site_is_refused()
    {
        using var site = TempSite.FromMinimal();

        var (exit, _, stderr) = Build(site.Source, site.Root);

        Assert.Equal(StatickpiCli.UsageError, exit);
        Assert.Equal(
            $"error: The output folder {site.Root} holds the site folder {site.Source}; a build replaces its output folder whole, " +
            $"which would delete the site.\n{Fix}\n",
            stderr);
        Assert.Equal(["build", "site"], Entries(site.Root));
        Assert.True(File.Exists(site.PathOf("site.config.yaml")));
    }

    // Issue 12, finding 1: content/ and themes/ themselves, and any folder inside them.
    [Theory]
    [InlineData("content", "content")]
    [InlineData("content/commentary/101", "content")]
    [InlineData("themes/default", "themes")]
    public void An_output_inside_content_or_themes_is_refused(string relative, string folder)
    {
        using var site = TempSite.FromMinimal();
        var before = Snapshot(site.Source);
        var output = site.PathOf(relative);

        var (exit, _, stderr) = Build(site.Source, output);

        Assert.Equal(StatickpiCli.UsageError, exit);
        Assert.Equal(
            $"error: The output folder {output} is inside the site's {folder}/ folder; a build replaces its output folder whole, " +
            $"which would delete the site's {folder}.\n{Fix}\n",
            stderr);
        Assert.True(Same(before, Snapshot(site.Source)));
    }

    // Issue 12, finding 1: a link to the site is the site; links are resolved before anything is compared.
    [Fact]
    public void An_output_given_through_a_symbolic_link_to_the_site_is_refused()
    {
        using var site = TempSite.FromMinimal();
        var link = Path.Combine(site.OutputParent, "link-to-site");
        Directory.CreateSymbolicLink(link, site.Source);
        var before = Snapshot(site.Source);

        var (exit, _, stderr) = Build(site.Source, link);

        Assert.Equal(StatickpiCli.UsageError, exit);
        Assert.Equal(
            $"error: The output folder {link} is the site folder itself; a build replaces its output folder whole, which would delete the site.\n" +
            $"{Fix}\n",
            stderr);
        Assert.True(Same(before, Snapshot(site.Source)));
        Assert.Equal(site.Source, new DirectoryInfo(link).LinkTarget);
    }

    // Issue 12, finding 1: a git work tree root, or a folder holding one, is someone's repository.
    [Theory]
    [InlineData("")]
    [InlineData("deploy/repo")]
    public void An_output_that_is_or_holds_a_git_work_tree_is_refused(string repository)
    {
        using var site = TempSite.FromMinimal();
        var output = Path.Combine(site.OutputParent, "target");
        var git = Path.Combine(output, repository, ".git");
        Directory.CreateDirectory(git);
        File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");

        var (exit, _, stderr) = Build(site.Source, output);

        Assert.Equal(StatickpiCli.UsageError, exit);
        Assert.Equal(
            $"error: The output folder {output} is or holds a git work tree ({git}); a build replaces its output folder whole, " +
            $"which would delete the repository.\n{Fix}\n",
            stderr);
        Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(Path.Combine(git, "HEAD")));
    }

    // Issue 12, finding 13: `--output /` printed an internal ArgumentException.
    [Fact]
    public void An_output_at_the_root_is_refused_with_a_plain_message()
    {
        using var site = TempSite.FromMinimal();

        var (exit, stdout, stderr) = Build(site.Source, "/");

        Assert.Equal(StatickpiCli.UsageError, exit);
        Assert.Equal("", stdout);
        Assert.Equal(
            "error: The output folder / is the root of a file system; a build replaces its output folder whole, " +
            $"so it must be a folder of its own.\n{Fix}\n",
            stderr);
    }

    // Issue 12, finding 1: the home folder, run as a real process with its own HOME so the real one is never at risk.
    [Fact]
    public void An_output_at_the_home_folder_is_refused()
    {
        using var site = TempSite.FromMinimal();
        var home = Path.Combine(site.Root, "home");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, ".bashrc"), "# mine\n");

        var (exit, stdout, stderr) = RunCli(["build", "--source", site.Source, "--output", home], new Dictionary<string, string> { ["HOME"] = home });

        Assert.Equal(StatickpiCli.UsageError, exit);
        Assert.Equal("", stdout);
        Assert.Equal(
            $"error: The output folder {home} is your home folder or holds it; a build replaces its output folder whole, " +
            $"which would delete your files.\n{Fix}\n",
            stderr);
        Assert.Equal([".bashrc"], Entries(home));
    }

    // Issue 12, finding 1: a non-empty folder that no build wrote (and an old site from before the marker) is kept.
    [Fact]
    public void A_non_empty_folder_without_the_output_marker_is_refused_and_kept()
    {
        using var site = TempSite.FromMinimal();
        var output = Path.Combine(site.OutputParent, "documents");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "budget.xlsx"), "figures");

        var (exit, _, stderr) = Build(site.Source, output);

        Assert.Equal(StatickpiCli.UsageError, exit);
        Assert.Equal(
            $"error: The output folder {output} is not empty and was not written by StaticKpi (it has no .statickpi-output file), " +
            "so the build will not replace it.\n" +
            "Choose a new or empty folder with --output. If it holds a site built by an earlier StaticKpi, which did not mark its output, " +
            "delete or empty the folder and build again.\n",
            stderr);
        Assert.Equal(["budget.xlsx"], Entries(output));
    }

    // Issue 12, finding 1: the library refuses too (for serve and other callers), as a located diagnostic, not a throw.
    [Fact]
    public void The_library_build_refuses_the_site_folder_with_a_file_error()
    {
        using var site = TempSite.FromMinimal();

        var result = SiteBuild.Run(new BuildOptions(site.Source, site.Source));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(RuleIds.FileError, error.RuleId);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(site.Source, error.Location.File);
        Assert.Equal($"The output folder {site.Source} is the site folder itself; a build replaces its output folder whole, " +
            "which would delete the site.", error.Message);
        Assert.Equal(Fix, error.Fix);
        Assert.True(File.Exists(site.PathOf("site.config.yaml")));
    }

    // Issue 12, finding 1: the check is made again just before the swap, in case the folder changed during the build.
    [Fact]
    public void A_folder_that_appears_during_the_build_without_the_marker_is_not_replaced()
    {
        using var site = TempSite.FromMinimal();
        using var output = new StagedOutput(site.Output);
        output.WriteBytes("index.html", "<p>new</p>"u8);
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "notes.txt"), "mine");

        var refused = Assert.Throws<IOException>(output.Commit);

        Assert.Equal($"The output folder {site.Output} is not empty and was not written by StaticKpi (it has no .statickpi-output file), " +
            "so the build did not replace it.", refused.Message);
        Assert.Equal(["notes.txt"], Entries(site.Output));
    }

    // Issue 12, finding 1: the default output, an empty folder and a folder a build wrote are all still fine.
    [Fact]
    public void The_default_output_an_empty_folder_and_a_previous_output_are_written_with_the_marker()
    {
        using var site = TempSite.FromMinimal();
        var empty = Path.Combine(site.OutputParent, "empty");
        Directory.CreateDirectory(empty);

        var (defaultExit, _, defaultErrors) = RunInProcess(["build", "--source", site.Source]);
        var (emptyExit, _, emptyErrors) = Build(site.Source, empty);
        File.WriteAllText(Path.Combine(empty, "left-over.html"), "old");
        var (againExit, _, againErrors) = Build(site.Source, empty);

        Assert.Equal((0, "", 0, "", 0, ""), (defaultExit, defaultErrors, emptyExit, emptyErrors, againExit, againErrors));
        Assert.False(File.Exists(Path.Combine(empty, "left-over.html")));
        const string Marker =
            "This folder is a website written by StaticKpi (statickpi build).\n" +
            "The next build replaces the whole folder, so anything else put here will be lost.\n" +
            "Without this file StaticKpi refuses to replace the folder.\n";
        Assert.Equal(Marker, File.ReadAllText(Path.Combine(site.Source, "_site", OutputMarker.FileName)));
        Assert.Equal(Marker, File.ReadAllText(Path.Combine(empty, OutputMarker.FileName)));
        Assert.True(Same(Snapshot(Path.Combine(site.Source, "_site")), Snapshot(empty)));
    }

    private static (int ExitCode, string Stdout, string Stderr) Build(string source, string output) =>
        RunInProcess(["build", "--source", source, "--output", output]);

    private static (int ExitCode, string Stdout, string Stderr) RunInProcess(string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = StatickpiCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
