using StaticKpi.Build;
using StaticKpi.Cli;
using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Editing;

/// <summary>
/// The commentary stubs <c>new period</c> writes keep the sections the indicator's previous commentary had, and every
/// placeholder the scaffolds write starts with <see cref="Placeholders.Marker"/>.
/// </summary>
public sealed class StubSectionsTests
{
    private const string Base =
        "## Commentary\nReplace this sentence with how performance changed in 2024/25 Q4 and why.\n\n" +
        "## Actions\nReplace this sentence with what is being done to improve, or delete this section when the indicator is on target.\n";

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = StatickpiCli.Run(args, stdout, stderr, _ => null);
        return (exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static void NewQuarter(TempSite site)
    {
        var (exitCode, _, stderr) = Run("new", "period", "2024/25 Q4", "--committee", "finance", "--produced-on", "2025-05-01",
            "--source", site.Source);
        Assert.True(exitCode == 0, stderr);
    }

    [Fact]
    public void A_stub_keeps_every_other_section_of_the_latest_earlier_commentary_in_that_file_s_order()
    {
        using var site = TempSite.FromMinimal();
        // An older file with a section the latest one dropped: only the latest counts.
        site.Write("content/commentary/101/2024-25-q2.md", "## Commentary\nOlder.\n\n## Risks\nOld risks.\n");
        site.Write("content/commentary/101/2024-25-q3.md",
            "---\nindicator: 101\n---\nOpening words before any heading.\n\n## Waivers\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n" +
            "## actions\n- Chase approvers.\n\n## Path to green\nBy Q1.\n\n### Detail\nSub-heading, not a section.\n\n## Commentary\nLate.\n\n" +
            "## Waivers\nTwice.\n");

        NewQuarter(site);

        Assert.Equal(
            Base +
            "\n## Waivers\nReplace this sentence with the Waivers for 2024/25 Q4, or delete this section.\n" +
            "\n## Path to green\nReplace this sentence with the Path to green for 2024/25 Q4, or delete this section.\n",
            site.Read("content/commentary/101/2024-25-q4.md"));
    }

    [Fact]
    public void A_stub_for_an_indicator_with_no_earlier_commentary_has_commentary_and_actions_only()
    {
        using var site = TempSite.FromMinimal();

        NewQuarter(site);

        Assert.Equal(Base, site.Read("content/commentary/103/2024-25-q4.md"));
        // 101's latest commentary has just those two sections.
        Assert.Equal(Base, site.Read("content/commentary/101/2024-25-q4.md"));
    }

    [Fact]
    public void A_stub_with_kept_sections_loads_with_each_section_in_place()
    {
        using var site = TempSite.FromMinimal();
        site.Write("content/commentary/101/2024-25-q3.md",
            "## Commentary\nNow.\n\n## Actions\nDo.\n\n## Path to green\nBy Q1.\n\n## Waivers\nNone.\n");

        NewQuarter(site);

        var diagnostics = new DiagnosticBag();
        var site2 = ContentLoader.Load(site.Source, diagnostics)!;
        var commentary = site2.Commentaries.Single(c => c.IndicatorId == 101 && c.Period.Key == "2024/25 Q4");
        Assert.Equal("<p>Replace this sentence with the Path to green for 2024/25 Q4, or delete this section.</p>\n", commentary.PathToGreenHtml);
        Assert.Equal(["Waivers"], commentary.OtherSections.Select(s => s.Title));
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Every_placeholder_sentence_of_a_stub_starts_with_the_marker()
    {
        using var site = TempSite.FromMinimal();
        site.Write("content/commentary/101/2024-25-q3.md", "## Commentary\nNow.\n\n## Path to green\nBy Q1.\n\n## Waivers\nNone.\n");

        NewQuarter(site);

        var lines = site.Read("content/commentary/101/2024-25-q4.md").Split('\n');
        var sentences = lines.Where(l => l.Length > 0 && !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, sentences.Count);
        Assert.All(sentences, s => Assert.StartsWith(Placeholders.Marker + " ", s, StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_indicator_s_description_is_a_placeholder_sentence_starting_with_the_marker()
    {
        using var site = TempSite.FromMinimal();

        var (exitCode, _, stderr) = Run("new", "indicator", "--id", "230", "--title", "Debt recovered", "--committee", "finance",
            "--source", site.Source);

        Assert.True(exitCode == 0, stderr);
        var lines = site.Read("content/indicators/230-debt-recovered.yaml").Split('\n');
        var description = Array.IndexOf(lines, "description: |");
        Assert.Equal("  Replace this sentence with what the indicator measures and how it is calculated, in plain English.", lines[description + 1]);
        Assert.StartsWith("  " + Placeholders.Marker + " ", lines[description + 1], StringComparison.Ordinal);
        Assert.StartsWith("data_source:", lines[description + 2], StringComparison.Ordinal);
        Assert.DoesNotContain(SiteValidation.Run(site.Source).Diagnostics, d => d.Severity == Severity.Error);
    }
}
