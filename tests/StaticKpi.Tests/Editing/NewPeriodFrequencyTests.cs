using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Editing;
using StaticKpi.Import;
using StaticKpi.Model;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Editing;

/// <summary><c>statickpi new period</c> gives each indicator an entry of the kind its frequency reports, or none yet.</summary>
public sealed class NewPeriodFrequencyTests
{
    private const string Sickness = "content/indicators/102-sickness-days.yaml";

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => CliRun.Of(args);

    private static TempSite SiteWithAnnualSickness(string series)
    {
        var site = TempSite.FromMinimal();
        site.Replace(Sickness, "direction: down\n", "direction: down\nfrequency: annual\n");
        site.Replace(Sickness, "series:\n  - period: 2024/25 Q2\n    value: 10.6\n  - period: 2024/25 Q3\n    value: 9.4\n", series);
        return site;
    }

    [Fact]
    public void An_annual_indicator_gets_no_entry_in_a_quarter_that_does_not_end_the_year_and_the_output_says_why()
    {
        using var site = SiteWithAnnualSickness("series:\n  - period: 2023/24\n    value: 10.6\n");
        var before = site.Read(Sickness);

        var (exitCode, stdout, stderr) = Run("new", "period", "2025/26 Q1", "--committee", "finance", "--produced-on", "2025-06-01",
            "--source", site.Source);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(
            """
            Created content/commentary/101/2025-26-q1.md
            Created content/commentary/102/2025-26-q1.md
            Created content/commentary/103/2025-26-q1.md
            Created content/reports/finance/2025-26-q1.yaml
            Changed content/indicators/101-invoices-paid.yaml
            Changed content/indicators/103-complaints.yaml
            Skipped content/indicators/102-sickness-days.yaml: annual indicator: 2025/26 is added with the 2025/26 Q4 report.
            Next: fill in each new 'value:', write the commentary, check with 'statickpi validate', and open a pull request.

            """, stdout);
        Assert.Equal(before, site.Read(Sickness));
    }

    [Fact]
    public void An_annual_indicator_gets_its_financial_year_with_the_report_for_the_year_s_last_quarter()
    {
        using var site = SiteWithAnnualSickness("series:\n  - period: 2023/24\n    value: 10.6\n");

        var (exitCode, stdout, stderr) = Run("new", "period", "2024/25 Q4", "--committee", "finance", "--produced-on", "2025-05-01",
            "--source", site.Source);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"Changed {Sickness}\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Skipped", stdout, StringComparison.Ordinal);
        Assert.EndsWith("series:\n  - period: 2023/24\n    value: 10.6\n  - period: 2024/25\n    value:\n", site.Read(Sickness),
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_annual_indicator_that_already_has_the_year_is_left_as_it_was_with_the_report_for_the_year_s_last_quarter()
    {
        using var site = SiteWithAnnualSickness("series:\n  - period: 2024/25\n    value: 9.9\n");
        var before = site.Read(Sickness);

        var (exitCode, stdout, stderr) = Run("new", "period", "2024/25 Q4", "--committee", "finance", "--produced-on", "2025-05-01",
            "--source", site.Source);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"{Sickness} already has an entry for 2024/25; it was left as it was.\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain($"Changed {Sickness}", stdout, StringComparison.Ordinal);
        Assert.Equal(before, site.Read(Sickness));
    }

    /// <summary>
    /// The entry for each frequency and report period: an empty <paramref name="series"/> is written "-", entries
    /// are separated by "|"; <paramref name="expected"/> is the entry's period or, when none is added, the reason.
    /// </summary>
    [Theory]
    [InlineData("annual", "2023/24", "2025/26 Q1", "annual indicator: 2025/26 is added with the 2025/26 Q4 report")]
    [InlineData("annual", "2023/24", "2025/26 Q3", "annual indicator: 2025/26 is added with the 2025/26 Q4 report")]
    [InlineData("annual", "2023/24", "2025/26 Q4", "2025/26")]
    [InlineData("annual", "2024/25 Q3", "2025/26 Q4", "2025/26")] // the frequency decides, not the kinds written so far
    [InlineData("annual", "2023/24", "2026-02", "annual indicator: 2025/26 is added with the March 2026 report")]
    [InlineData("annual", "2023/24", "2026-03", "2025/26")]
    [InlineData("annual", "2023/24", "2025/26", "2025/26")]
    [InlineData("quarterly", "2024/25 Q3", "2025-05", "quarterly indicator: 2025/26 Q1 is added with the June 2025 report")]
    [InlineData("quarterly", "2024/25 Q3", "2025-06", "2025/26 Q1")]
    [InlineData("quarterly", "2024/25 Q3", "2025/26", "2025/26 Q4")]
    [InlineData("quarterly", "-", "2025/26 Q2", "2025/26 Q2")]
    [InlineData("monthly", "2024-12", "2025/26 Q1", "2025-06")]
    [InlineData("monthly", "2024/25 Q3", "2025/26 Q1", "2025-06")] // months even when only quarters were written so far
    [InlineData("monthly", "2024-12", "2025/26", "2026-03")]
    [InlineData("year_to_date", "2024/25 Q2|2024/25 Q3", "2025/26 Q1", "2025/26 Q1")]
    [InlineData("year_to_date", "2024-11|2024-12", "2025/26 Q1", "2025-06")]
    [InlineData("cumulative", "2023/24|2024/25", "2025/26 Q1", "its series is in financial years: 2025/26 is added with the 2025/26 Q4 report")]
    [InlineData("cumulative", "2023/24|2024/25", "2025/26 Q4", "2025/26")]
    [InlineData("rolling_12_months", "2024-11|2024-12", "2025/26 Q1", "2025-06")]
    [InlineData("rolling_12_months", "2024-12|2024/25 Q3", "2025/26 Q1", "2025/26 Q1")] // the report's kind, when the series has it
    [InlineData("", "-", "2025/26 Q1", "2025/26 Q1")]
    [InlineData("", "2024/25|2024-12", "2025/26 Q1", "2025-06")] // mixed kinds without the report's: the latest entry's kind
    [InlineData("", "2024/25 Q3", "2025-05", "its series is in quarters: 2025/26 Q1 is added with the June 2025 report")]
    public void A_new_period_entry_is_of_the_kind_the_indicator_takes_or_none_until_its_period_ends(
        string frequency, string series, string reportPeriod, string expected)
    {
        var indicator = Indicator(frequency, series == "-" ? [] : series.Split('|'));
        var report = Period.TryParse(reportPeriod, 4, out _)!;

        var entry = NewPeriodEntry.For(indicator, report);

        Assert.Equal(expected, entry.Period?.Key ?? entry.WhyNone);
        Assert.True(entry.Period is null ^ entry.WhyNone is null);
        // The one rule: import would accept the entry new period adds.
        if (entry.Period is not null)
        {
            Assert.Null(PeriodFrequencyCheck.Problem(indicator, entry.Period));
        }
    }

    private static Indicator Indicator(string frequency, string[] periods)
    {
        var text = "id: 102\ntitle: Sickness\ncommittee: finance\nunit: days\ndirection: down\ntarget: 9\n" +
                   (frequency.Length > 0 ? $"frequency: {frequency}\n" : "") +
                   "series:\n" + string.Concat(periods.Select(p => $"  - period: {p}\n    value: 1\n"));
        var config = SiteConfigLoader.Load(File.ReadAllText(Path.Combine(TempSite.MinimalFixture, "site.config.yaml")), "site.config.yaml",
            new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();
        var indicator = IndicatorLoader.Load(text, Sickness, config, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return indicator!;
    }
}
