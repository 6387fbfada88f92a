using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Scoring;
using Make = StaticKpi.Tests.Scoring.Build;

namespace StaticKpi.Tests.EndToEnd.RealReports;

/// <summary>
/// Issue 13, points 1 to 4: baselines, provisional values, targets by period and year-to-date comparisons, read
/// from indicator files as editors write them and scored as reports show them.
/// </summary>
public sealed class RealReportScoringTests
{
    private static readonly SiteConfig Config = Make.Config(Make.PolicyA, Make.PolicyB);

    private static (Indicator? Indicator, IReadOnlyList<Diagnostic> Diagnostics) Load(string body)
    {
        var yaml = $"""
            id: 300
            title: Test indicator
            committee: {Make.Committee}
            unit: number
            {body}
            """;
        var diagnostics = new DiagnosticBag();
        var indicator = IndicatorLoader.Load(yaml, "content/indicators/300-test.yaml", Config, diagnostics);
        return (indicator, diagnostics.ToSortedList());
    }

    private static Indicator LoadClean(string body)
    {
        var (indicator, diagnostics) = Load(body);
        Assert.Empty(diagnostics);
        return indicator!;
    }

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) LoadConfig(string projection)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load($$"""
            format: 1
            title: T
            organisation: O
            base_url: https://example.org/
            committees: [{key: c, name: C}]
            rag_policies: [{effective_from: 2020/21 Q1, red_threshold: 10}]
            {{projection}}
            """, "site.config.yaml", diagnostics);
        return (config, diagnostics.ToSortedList());
    }

    private static ScoredIndicator Score(Indicator indicator, Period reportPeriod) =>
        ReportScorer.ScoreIndicator(indicator, reportPeriod, Config.PolicyFor(reportPeriod)!);

    [Fact]
    public void A_baseline_is_read_with_the_period_it_was_taken_from()
    {
        var indicator = LoadClean("""
            status: baseline
            baseline:
              value: 872
              period: 2022/23
              note: The average of the year's four quarters.
            series:
              - period: 2023/24 Q1
                value: 901
            """);

        Assert.Equal(new Baseline(872m, Period.FinancialYear(2022), Period.FinancialYear(2022), false, "The average of the year's four quarters."),
            indicator.Baseline);
    }

    [Fact]
    public void A_baseline_taken_over_a_span_keeps_both_ends_and_is_cumulative_for_a_year_to_date_indicator()
    {
        var indicator = LoadClean("""
            frequency: year_to_date
            status: baseline
            baseline: {value: 1200, from: 2019/20, to: 2021/22}
            series:
              - period: 2023/24 Q1
                value: 300
            """);

        Assert.Equal(new Baseline(1200m, Period.FinancialYear(2019), Period.FinancialYear(2021), true, null), indicator.Baseline);
    }

    [Fact]
    public void A_baseline_span_missing_its_end_is_an_error_at_the_baseline()
    {
        var (indicator, diagnostics) = Load("""
            status: baseline
            baseline:
              value: 872
              from: 2019/20
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((RuleIds.MissingRequired, 7, 3, "The baseline's span needs both 'from' and 'to'."),
            (diagnostic.RuleId, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Message));
        Assert.Null(indicator!.Baseline);
    }

    [Fact]
    public void A_value_is_rated_against_the_target_in_force_for_its_own_period()
    {
        var indicator = LoadClean("""
            direction: up
            targets:
              - from: 2023/24
                target: 90
              - from: 2024/25 Q3
                target: 100
            series:
              - period: 2022/23 Q4
                value: 70
              - period: 2023/24 Q4
                value: 92
              - period: 2024/25 Q3
                value: 92
            """);

        Assert.Equal(Rating.NoTarget, Score(indicator, Period.Quarter(2022, 4)).Rating);
        Assert.Null(Score(indicator, Period.Quarter(2022, 4)).Target);
        Assert.Equal(Rating.Green, Score(indicator, Period.Quarter(2023, 4)).Rating);
        Assert.Equal(new Target.Value(90m), Score(indicator, Period.Quarter(2023, 4)).Target);
        Assert.Equal(Rating.Amber, Score(indicator, Period.Quarter(2024, 3)).Rating);
        Assert.Equal(new Target.Value(100m), Score(indicator, Period.Quarter(2024, 3)).Target);
    }

    [Fact]
    public void A_value_before_any_target_is_not_an_error_but_target_and_targets_together_are()
    {
        var (_, diagnostics) = Load("""
            target: 90
            targets:
              - {from: 2024/25 Q1, target: 95}
            series:
              - period: 2024/25 Q1
                value: 92
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((RuleIds.BadValue, 7, 3), (diagnostic.RuleId, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Two_targets_from_the_same_period_are_an_error_naming_the_first()
    {
        var (_, diagnostics) = Load("""
            targets:
              - {from: 2024/25 Q1, target: 95}
              - {from: 2024/25 Q1, target: 96}
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((RuleIds.DuplicatePeriod, 7, 12, "Two targets start at 2024/25 Q1 (the other on line 6)."),
            (diagnostic.RuleId, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Message));
    }

    [Fact]
    public void A_provisional_value_keeps_its_rating_unless_the_rating_is_withheld()
    {
        var indicator = LoadClean("""
            target: 90
            series:
              - period: 2024/25 Q2
                value: 95
                provisional: true
              - period: 2024/25 Q3
                value: 95
                provisional: true
                withhold_rating: true
                note: Not yet validated by the Department for Education.
            """);

        var q2 = Score(indicator, Period.Quarter(2024, 2));
        var q3 = Score(indicator, Period.Quarter(2024, 3));
        Assert.Equal((true, false, Rating.Green), (q2.Current!.Provisional, q2.Current.RatingWithheld, q2.Rating));
        Assert.Equal((true, true, Rating.Withheld), (q3.Current!.Provisional, q3.Current.RatingWithheld, q3.Rating));
        Assert.Equal(Change.Unchanged, q3.Change);
    }

    [Fact]
    public void Withholding_a_rating_and_overriding_it_together_is_an_error()
    {
        var (_, diagnostics) = Load("""
            target: 90
            series:
              - period: 2024/25 Q3
                value: 95
                withhold_rating: true
                rag_override: {rating: amber, reason: Agreed by committee.}
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((RuleIds.BadValue, 9, 22), (diagnostic.RuleId, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_withheld_rating_is_counted_in_its_own_summary_row()
    {
        var withheld = Make.Indicator(1, Make.Target(90), series: [Make.Point(Period.Quarter(2024, 3), 95m) with { RatingWithheld = true }]);
        var rated = Make.Indicator(2, Make.Target(90), series: [Make.Point(Period.Quarter(2024, 3), 95m)]);
        var site = Make.Site([withheld, rated], [Make.Report(Period.Quarter(2024, 3), 1, 2)]);

        var summary = ReportScorer.ScoreAll(site).Single().Summary;

        Assert.Equal(
            [(Rating.Red, 0), (Rating.Amber, 0), (Rating.Green, 1), (Rating.Baseline, 0), (Rating.Contextual, 0),
             (Rating.InDevelopment, 0), (Rating.Suspended, 0), (Rating.Withheld, 1)],
            summary.Select(r => (r.Rating, r.Count)));
    }

    [Fact]
    public void A_year_to_date_count_at_the_start_of_a_year_is_compared_with_the_same_period_last_year()
    {
        var indicator = LoadClean("""
            frequency: year_to_date
            direction: up
            target: 3000
            series:
              - period: 2023/24 Q1
                value: 655
              - period: 2023/24 Q3
                value: 2100
              - period: 2024/25 Q1
                value: 700
              - period: 2024/25 Q2
                value: 1607
            """);

        var q1 = Score(indicator, Period.Quarter(2024, 1));
        var q2 = Score(indicator, Period.Quarter(2024, 2));

        Assert.Equal((Period.Quarter(2023, 1), Change.Improving), (q1.Previous!.Period, q1.Change));
        Assert.Equal((Period.Quarter(2024, 1), Change.Improving), (q2.Previous!.Period, q2.Change));
    }

    [Fact]
    public void A_year_to_date_count_with_no_figure_a_year_earlier_has_no_change()
    {
        var indicator = LoadClean("""
            frequency: year_to_date
            target: 3000
            series:
              - period: 2023/24 Q3
                value: 2100
              - period: 2024/25 Q1
                value: 700
            """);

        var q1 = Score(indicator, Period.Quarter(2024, 1));

        Assert.Equal((null, Change.NotApplicable), (q1.Previous, q1.Change));
    }

    [Fact]
    public void A_quarterly_indicator_still_compares_across_the_year_boundary()
    {
        var indicator = LoadClean("""
            frequency: quarterly
            target: 90
            series:
              - period: 2023/24 Q4
                value: 80
              - period: 2024/25 Q1
                value: 85
            """);

        var q1 = Score(indicator, Period.Quarter(2024, 1));

        Assert.Equal((Period.Quarter(2023, 4), Change.Improving), (q1.Previous!.Period, q1.Change));
    }

    [Fact]
    public void Projections_can_be_switched_off_per_indicator_and_per_site()
    {
        var indicator = LoadClean("""
            target: 90
            projection: false
            """);
        var (config, diagnostics) = LoadConfig("""
            projection:
              enabled: false
              minimum_values: 4
            """);

        Assert.False(indicator.Projected);
        Assert.Equal([], diagnostics.Select(d => d.ToString()));
        Assert.Equal(new ProjectionSettings(false, 4), config!.Projections);
    }

    [Fact]
    public void A_site_cannot_project_from_fewer_than_three_values()
    {
        var (config, diagnostics) = LoadConfig("projection: {minimum_values: 2}");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((RuleIds.BadValue, 7, 30), (diagnostic.RuleId, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(3, config!.Projections.MinimumValues);
    }
}
