using StaticKpi.Build;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>SKPI033: a commentary heading that is a near miss of a section the site places is warned about with the one meant.</summary>
public sealed class CommentarySectionNameTests
{
    private const string Commentary = "content/commentary/101/2024-25-q3.md";

    private static IReadOnlyList<Diagnostic> ValidateWithHeading(string oldHeading, string newHeading)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, oldHeading, newHeading);
        return SiteValidation.Run(site.Source).Diagnostics;
    }

    [Theory]
    [InlineData("## Commentary", "## Commentry", 4, "Commentry", "Commentary")]
    [InlineData("## Commentary", "## Comentary:", 4, "Comentary:", "Commentary")]
    [InlineData("## Actions", "## Action", 14, "Action", "Actions")]
    [InlineData("## Actions", "# Acitons", 14, "Acitons", "Actions")]
    [InlineData("## Actions", "## Path-to-green", 14, "Path-to-green", "Path to green")]
    public void A_near_miss_of_a_known_section_is_a_warning_at_the_heading_saying_which_was_meant(string oldHeading, string newHeading, int line,
        string title, string meant)
    {
        var diagnostics = ValidateWithHeading(oldHeading, newHeading);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            new Diagnostic(Severity.Warning, RuleIds.UnknownCommentarySection, new SourceLocation(Commentary, line, 1),
                $"The heading '{title}' is not one of the sections the site places (Commentary, Actions, Path to green), " +
                "so it would be published as a section of its own.",
                $"Did you mean '{meant}'? Write '## {meant}'."),
            diagnostic);
    }

    [Theory]
    [InlineData("## Path To Green")]
    [InlineData("## path to green")]
    [InlineData("## ACTIONS")]
    public void A_known_section_in_other_capitals_is_placed_as_that_section_without_a_warning(string heading)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Commentary, "## Actions", heading);
        var diagnostics = new DiagnosticBag();

        var loaded = ContentLoader.Load(site.Source, diagnostics)!;

        Assert.Empty(diagnostics.ToList());
        var commentary = Assert.Single(loaded.Commentaries);
        Assert.Equal("<ul>\n<li>Chase approvers after 10 days.</li>\n</ul>\n",
            heading.Contains("green", StringComparison.OrdinalIgnoreCase) ? commentary.PathToGreenHtml : commentary.ActionsHtml);
        Assert.Empty(commentary.OtherSections);
    }

    [Theory]
    [InlineData("## Waivers")]
    [InlineData("## Options")]
    [InlineData("## Notes")]
    [InlineData("## Risks")]
    [InlineData("## Context")]
    public void A_heading_unlike_every_known_section_is_a_section_of_the_editor_s_own_without_a_warning(string heading)
    {
        Assert.Empty(ValidateWithHeading("## Actions", heading));
    }
}
