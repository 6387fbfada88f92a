using StaticKpi.Build;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// SKPI034: files in the commentary folder that are not read because of their names are warned about; SKPI021: two
/// commentary files for one indicator and period name each other.
/// </summary>
public sealed class CommentaryFileTests
{
    private const string Commentary = "content/commentary/101/2024-25-q3.md";

    private static Diagnostic Ignored(string file, string name, string renamed) =>
        new(Severity.Warning, RuleIds.CommentaryFileIgnored, new SourceLocation(file, 1, 1),
            $"The file '{name}' is not read: only files whose names end in '.md' (in small letters) are commentary.",
            $"Rename it to '{renamed}' if it is commentary; otherwise move it out of content/commentary/.");

    [Fact]
    public void Files_whose_names_do_not_end_in_md_are_each_a_warning_naming_the_file_and_its_new_name()
    {
        using var site = TempSite.FromMinimal();
        site.Write("content/commentary/102/2024-25-q3.MD", "## Commentary\nSickness fell.\n");
        site.Write("content/commentary/103/2024-25-q3.txt", "Complaints rose.\n");
        site.Write("content/commentary/103/2024-25-q2.markdown", "## Commentary\nComplaints fell.\n");
        site.Write("content/commentary/notes", "To do.\n");

        var diagnostics = SiteValidation.Run(site.Source).Diagnostics;

        Assert.Equal(
            [
                Ignored("content/commentary/102/2024-25-q3.MD", "2024-25-q3.MD", "2024-25-q3.md"),
                Ignored("content/commentary/103/2024-25-q2.markdown", "2024-25-q2.markdown", "2024-25-q2.md"),
                Ignored("content/commentary/103/2024-25-q3.txt", "2024-25-q3.txt", "2024-25-q3.md"),
                Ignored("content/commentary/notes", "notes", "notes.md"),
            ],
            diagnostics);
    }

    [Fact]
    public void A_file_ending_in_capital_MD_is_not_read_as_commentary()
    {
        using var site = TempSite.FromMinimal();
        site.Delete(Commentary);
        site.Write("content/commentary/101/2024-25-q3.MD", "## Commentary\nRead on no system.\n");
        var diagnostics = new DiagnosticBag();

        var loaded = ContentLoader.Load(site.Source, diagnostics)!;

        Assert.Empty(loaded.Commentaries);
        Assert.Equal([RuleIds.CommentaryFileIgnored], diagnostics.ToList().Select(d => d.RuleId));
    }

    [Fact]
    public void Hidden_files_hidden_folders_and_editors_backups_in_the_commentary_folder_are_not_warned_about()
    {
        using var site = TempSite.FromMinimal();
        site.Write("content/commentary/.DS_Store", "\0\0");
        site.Write("content/commentary/101/.gitkeep", "");
        site.Write("content/commentary/101/2024-25-q3.md~", "## Commentary\nOld.\n");
        site.Write("content/commentary/101/#2024-25-q3.md#", "## Commentary\nAutosaved.\n");
        site.Write("content/commentary/.obsidian/workspace.json", "{}");
        site.Write("content/commentary/101/Thumbs.db", "\0");

        Assert.Empty(SiteValidation.Run(site.Source).Diagnostics);
    }

    [Fact]
    public void The_preview_reloading_a_wrongly_named_file_reports_it_as_a_whole_load_would_and_forgets_it_once_renamed()
    {
        using var site = TempSite.FromMinimal();
        var sources = SiteSources.Load(site.Source);
        const string wrong = "content/commentary/101/2024-25-q2.txt";
        const string right = "content/commentary/101/2024-25-q2.md";

        site.Write(wrong, "## Commentary\nInvoices were paid faster.\n");
        sources.ReloadCommentary(wrong);
        var afterCreate = new DiagnosticBag();
        sources.Assemble(afterCreate);
        File.Move(site.PathOf(wrong), site.PathOf(right));
        sources.ReloadCommentary(wrong);
        sources.ReloadCommentary(right);
        var afterRename = new DiagnosticBag();
        sources.Assemble(afterRename);

        Assert.Equal([Ignored(wrong, "2024-25-q2.txt", "2024-25-q2.md")], afterCreate.ToList());
        Assert.Empty(afterRename.ToList());
    }

    [Fact]
    public void Two_commentary_files_whose_names_differ_only_in_capitals_are_one_error_naming_both()
    {
        using var site = TempSite.FromMinimal();
        const string upper = "content/commentary/101/2024-25-Q3.md"; // sorts before 2024-25-q3.md, so it is the first
        site.Write(upper, "## Commentary\nAgain.\n");

        var diagnostics = SiteValidation.Run(site.Source).Diagnostics;

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            new Diagnostic(Severity.Error, RuleIds.DuplicateCommentary, new SourceLocation(Commentary, 1, 1),
                $"There is already commentary for indicator 101 in 2024/25 Q3, in {upper}: the two names differ only in capitals.",
                $"Keep one commentary file per indicator and period: move what this file adds into {upper} and delete this one."),
            diagnostic);
    }

    [Fact]
    public void Two_commentary_files_for_one_indicator_and_period_under_different_names_are_one_error_naming_both()
    {
        using var site = TempSite.FromMinimal();
        const string extra = "content/commentary/101/third-quarter.md";
        site.Write(extra, "---\nperiod: 2024/25 Q3\n---\n## Commentary\nAgain.\n");

        var diagnostic = Assert.Single(SiteValidation.Run(site.Source).Diagnostics);

        Assert.Equal(
            new Diagnostic(Severity.Error, RuleIds.DuplicateCommentary, new SourceLocation(extra, 1, 1),
                $"There is already commentary for indicator 101 in 2024/25 Q3, in {Commentary}.",
                $"Keep one commentary file per indicator and period: move what this file adds into {Commentary} and delete this one."),
            diagnostic);
    }
}
