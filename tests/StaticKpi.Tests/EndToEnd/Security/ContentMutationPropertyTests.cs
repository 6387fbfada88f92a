using CsCheck;
using StaticKpi.Tests.EndToEnd.Security.Fuzz;
using Xunit.Abstractions;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// The property test of issue 12 ("Also"): content mutated in the ways a careless or hostile pull request could
/// (see <see cref="FuzzGen"/>) never crashes the build, never gives an unlocated error, never writes outside the
/// output, never loses the old site and never publishes live markup. 500 cases from a fixed seed in every test run;
/// <c>bench/fuzz.sh</c> runs 10,000 (or any number, from any seed) on demand.
/// </summary>
public sealed class ContentMutationPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutated_content_builds_or_fails_cleanly_and_never_publishes_live_markup()
    {
        var settings = FuzzSettings.FromEnvironment();

        var report = FuzzCampaign.Run(settings, output.WriteLine);

        output.WriteLine(report.Summary(examples: 3));
        Assert.True(report.Failures.Count == 0, report.Summary(examples: 3));
    }

    [Fact]
    public void The_unmutated_fixture_passes_every_check_of_the_property()
    {
        // Guards the oracle: if this fails, the property test's checks, not the content, are wrong.
        var problems = FuzzRunner.Run(FuzzSite.Original.Clone(), "zqfz00000000", TimeSpan.FromSeconds(60), out var hung);

        Assert.False(hung);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_same_run_seed_gives_the_same_cases()
    {
        var seeds = FuzzCampaign.CaseSeeds(FuzzSettings.DefaultSeed, 3);

        Assert.Equal(seeds, FuzzCampaign.CaseSeeds(FuzzSettings.DefaultSeed, 3));
        Assert.Equal(3, seeds.Distinct().Count());
        var cases = FuzzGen.Cases(deep: false);
        Assert.Equal(cases.Generate(PCG.Parse(seeds[0]), null, out _).Describe(), cases.Generate(PCG.Parse(seeds[0]), null, out _).Describe());
    }

    [Theory]
    [InlineData("<p><script>alert('zqfz1')</script></p>", "live markup: a script element runs content")]
    [InlineData("<p><img src=x onerror=alert('zqfz1')></p>", "live markup: an event handler from content")]
    [InlineData("<p title=\"\" onmouseover=\"alert('zqfz1')\" x=\"\"></p>", "live markup: an event handler from content")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "live markup: a script address")]
    [InlineData("<a href=\"https://evil.example/zqfz1\">zqfz1</a>", "live markup: a link made from content markup")]
    [InlineData("<script type=\"application/json\" id=\"c-figure\">{\"name\":\"<a href='//evil.example/'>zqfz1</a>\"}</script>",
        "plotly markup: chart text")]
    [InlineData("<script type=\"application/json\" id=\"c-figure\">{\"name\":\"</script>", "broken JSON")]
    public void The_html_check_finds_live_markup(string html, string expected)
    {
        var problems = OutputInspector.Html(html, "zqfz1").ToList();

        Assert.Equal(expected, Assert.Single(problems)[..expected.Length]);
    }

    [Fact]
    public void The_html_check_passes_escaped_markup_and_ordinary_links()
    {
        const string Html = "<h1>&lt;script&gt;alert('zqfz1')&lt;/script&gt; &lt;a href=\"https://evil.example/zqfz1\"&gt;zqfz1&lt;/a&gt;</h1>" +
                            "<p title=\"&quot; onmouseover=&quot;zqfz1\">x</p><a href=\"https://www.gov.uk/\">zqfz1</a>" +
                            "<script type=\"application/json\" id=\"c-figure\">{\"name\":\"&lt;a " +
                            "href='//evil.example/'&gt;zqfz1\",\"h\":\"1\\u003Cbr\\u003E2\"}</script>";

        Assert.Empty(OutputInspector.Html(Html, "zqfz1"));
    }

    [Fact]
    public void The_csv_check_finds_formulas_but_passes_negative_numbers()
    {
        var problems = OutputInspector.Csv("a,b,c,d,e\n=1+7,@x,-3.5%,-1+8,'=1\n").ToList();

        Assert.Equal(["unguarded CSV formula: row 2 cell 1 `=1+7`", "unguarded CSV formula: row 2 cell 2 `@x`",
            "unguarded CSV formula: row 2 cell 4 `-1+8`"], problems);
    }
}
