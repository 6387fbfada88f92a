using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.Scoring;

public class ReportScorerTests
{
    private static readonly Period Q3 = Period.Quarter(2024, 3);

    // ---- one indicator ---------------------------------------------------------------------------------------

    [Fact]
    public void A_monthly_indicator_in_a_quarterly_report_is_rated_and_compared_on_the_quarters_last_month()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Period.Month(2024, 11), 80.2m),
            Build.Point(Period.Month(2024, 12), 85m),
            Build.Point(Period.Month(2025, 1), 95m),
        ]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyB);

        Assert.Equal(Period.Month(2024, 12), scored.Current?.Period);
        Assert.Equal(Period.Month(2024, 11), scored.Previous?.Period);
        Assert.Equal(Build.Target(90m), scored.Target);
        Assert.Equal(Rating.Amber, scored.ComputedRating);
        Assert.Equal(Rating.Amber, scored.Rating);
        Assert.Null(scored.Override);
        Assert.Equal(Change.Improving, scored.Change);
    }

    [Fact]
    public void The_same_value_is_rated_by_the_policy_passed_in()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series: [Build.Point(Q3, 81m)]);

        Assert.Equal(Rating.Amber, ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA).Rating);
        Assert.Equal(Rating.Red, ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyB).Rating);
    }

    [Fact]
    public void A_per_period_target_replaces_the_indicators_target()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Q3, 84.10m, target: Build.Target(80m)),
        ]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA);

        Assert.Equal(Build.Target(80m), scored.Target);
        Assert.Equal(Rating.Blue, scored.Rating);
    }

    [Fact]
    public void A_per_period_range_target_replaces_the_indicators_target()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), direction: Direction.Down, series:
        [
            Build.Point(Q3, 14.3m, target: Build.Range(10m, 13m)),
        ]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyB);

        Assert.Equal(Build.Range(10m, 13m), scored.Target);
        Assert.Equal(Rating.Red, scored.Rating);
    }

    [Fact]
    public void A_per_period_status_without_a_target_is_shown_instead_of_a_rating()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Q3, 50m, status: IndicatorStatus.Baseline),
        ]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA);

        Assert.Null(scored.Target);
        Assert.Equal(Rating.Baseline, scored.Rating);
    }

    [Fact]
    public void An_untargeted_indicator_shows_its_status()
    {
        var indicator = Build.Indicator(1, null, status: IndicatorStatus.Contextual, series: [Build.Point(Q3, 50m)]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA);

        Assert.Equal(Rating.Contextual, scored.Rating);
    }

    [Fact]
    public void A_target_to_be_confirmed_shows_baseline()
    {
        var indicator = Build.Indicator(1, new Target.ToBeConfirmed(), series: [Build.Point(Q3, 50m)]);

        Assert.Equal(Rating.Baseline, ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA).Rating);
    }

    [Fact]
    public void An_override_is_shown_while_the_computed_rating_is_kept()
    {
        // Seed case: target 60, value 63 is Green by the key; the committee published Amber.
        var amber = new RatingOverride(Rating.Amber, "The committee agreed to hold the rating.");
        var indicator = Build.Indicator(1, Build.Target(60m), series:
        [
            Build.Point(Period.Quarter(2024, 2), 60m),
            Build.Point(Q3, 63m, ratingOverride: amber),
        ]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA);

        Assert.Equal(Rating.Green, scored.ComputedRating);
        Assert.Equal(Rating.Amber, scored.Rating);
        Assert.Same(amber, scored.Override);
        Assert.Equal("The committee agreed to hold the rating.", scored.Override?.Reason);
        Assert.Equal(Change.Improving, scored.Change);
    }

    [Fact]
    public void An_override_on_an_earlier_period_does_not_carry_into_a_later_report()
    {
        var amber = new RatingOverride(Rating.Amber, "Held");
        var indicator = Build.Indicator(1, Build.Target(60m), series:
        [
            Build.Point(Period.Quarter(2024, 2), 63m, ratingOverride: amber),
            Build.Point(Q3, 63m),
        ]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA);

        Assert.Null(scored.Override);
        Assert.Equal(Rating.Green, scored.Rating);
    }

    [Fact]
    public void A_missing_current_value_is_no_data_with_no_change()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Period.Quarter(2024, 2), 80m),
            Build.Point(Q3, null),
        ]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA);

        Assert.Equal(Rating.NoData, scored.Rating);
        Assert.Equal(Change.NotApplicable, scored.Change);
    }

    [Fact]
    public void An_indicator_with_no_value_up_to_the_report_is_no_data()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series: [Build.Point(Period.Quarter(2024, 4), 80m)]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA);

        Assert.Null(scored.Current);
        Assert.Null(scored.Previous);
        Assert.Equal(Build.Target(90m), scored.Target);
        Assert.Equal(Rating.NoData, scored.Rating);
        Assert.Equal(Change.NotApplicable, scored.Change);
    }

    [Fact]
    public void Comparing_with_last_year_uses_last_years_value_for_the_change()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), compareWith: ComparisonBasis.SamePeriodLastYear, series:
        [
            Build.Point(Period.Quarter(2023, 3), 88m),
            Build.Point(Period.Quarter(2024, 2), 80m),
            Build.Point(Q3, 85m),
        ]);

        var scored = ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA);

        Assert.Equal(Period.Quarter(2023, 3), scored.Previous?.Period);
        Assert.Equal(Change.Declining, scored.Change);
    }

    [Fact]
    public void The_change_uses_the_indicators_display_precision()
    {
        var indicator = Build.Indicator(1, Build.Target(100m), precision: 2, series:
        [
            Build.Point(Period.Quarter(2024, 2), 100.00m),
            Build.Point(Q3, 99.996m),
        ]);

        Assert.Equal(Change.Unchanged, ReportScorer.ScoreIndicator(indicator, Q3, Build.PolicyA).Change);
    }

    // ---- summary ---------------------------------------------------------------------------------------------

    private static ScoredIndicator Scored(int id, Rating computed, RatingOverride? ratingOverride = null) =>
        new(Build.Indicator(id, Build.Target(1m)), null, null, null, computed, ratingOverride, Change.NotApplicable);

    private static IReadOnlyList<ScoredIndicator> ScoredList(params Rating[] ratings) =>
        [.. ratings.Select((r, i) => Scored(i + 1, r))];

    [Fact]
    public void The_summary_counts_each_rating_with_percentages_adding_to_one_hundred_and_a_blue_row_when_blue_is_used()
    {
        var indicators = ScoredList(
            Rating.Red, Rating.Amber, Rating.Amber, Rating.Green, Rating.Blue, Rating.Baseline, Rating.Contextual);

        var summary = ReportScorer.Summarise(indicators, Build.PolicyA);

        // 1/7 = 14 r 2, 2/7 = 28 r 4: the two spare points go to Amber (remainder 4) then Red (first of the 2s).
        Assert.Equal(
            [
                new SummaryRow(Rating.Red, 1, 15),
                new SummaryRow(Rating.Amber, 2, 29),
                new SummaryRow(Rating.Green, 1, 14),
                new SummaryRow(Rating.Blue, 1, 14),
                new SummaryRow(Rating.Baseline, 1, 14),
                new SummaryRow(Rating.Contextual, 1, 14),
                new SummaryRow(Rating.InDevelopment, 0, 0),
                new SummaryRow(Rating.Suspended, 0, 0),
            ],
            summary);
    }

    [Fact]
    public void The_summary_has_no_blue_row_when_the_policy_has_no_blue()
    {
        var indicators = ScoredList(Rating.Red, Rating.Green, Rating.Green, Rating.Suspended);

        var summary = ReportScorer.Summarise(indicators, Build.PolicyB);

        Assert.Equal(
            [
                new SummaryRow(Rating.Red, 1, 25),
                new SummaryRow(Rating.Amber, 0, 0),
                new SummaryRow(Rating.Green, 2, 50),
                new SummaryRow(Rating.Baseline, 0, 0),
                new SummaryRow(Rating.Contextual, 0, 0),
                new SummaryRow(Rating.InDevelopment, 0, 0),
                new SummaryRow(Rating.Suspended, 1, 25),
            ],
            summary);
    }

    [Fact]
    public void The_summary_keeps_an_empty_blue_row_when_the_policy_uses_blue()
    {
        var summary = ReportScorer.Summarise(ScoredList(Rating.Green), Build.PolicyA);

        Assert.Equal(
            [Rating.Red, Rating.Amber, Rating.Green, Rating.Blue, Rating.Baseline, Rating.Contextual, Rating.InDevelopment, Rating.Suspended],
            summary.Select(r => r.Rating));
        Assert.Equal(new SummaryRow(Rating.Blue, 0, 0), summary[3]);
        Assert.Equal(new SummaryRow(Rating.Green, 1, 100), summary[2]);
    }

    [Fact]
    public void An_override_to_blue_under_a_policy_without_blue_gets_a_blue_row_after_green()
    {
        var indicators = new[]
        {
            Scored(1, Rating.Green, new RatingOverride(Rating.Blue, "Exceptional")),
            Scored(2, Rating.Green),
        };

        var summary = ReportScorer.Summarise(indicators, Build.PolicyB);

        Assert.Equal(
            [Rating.Red, Rating.Amber, Rating.Green, Rating.Blue, Rating.Baseline, Rating.Contextual, Rating.InDevelopment, Rating.Suspended],
            summary.Select(r => r.Rating));
        Assert.Equal(new SummaryRow(Rating.Green, 1, 50), summary[2]);
        Assert.Equal(new SummaryRow(Rating.Blue, 1, 50), summary[3]);
    }

    [Fact]
    public void The_summary_counts_the_shown_rating_not_the_computed_one()
    {
        var indicators = new[]
        {
            Scored(1, Rating.Green, new RatingOverride(Rating.Amber, "Held")),
            Scored(2, Rating.Green),
        };

        var summary = ReportScorer.Summarise(indicators, Build.PolicyA);

        Assert.Equal(new SummaryRow(Rating.Amber, 1, 50), summary[1]);
        Assert.Equal(new SummaryRow(Rating.Green, 1, 50), summary[2]);
    }

    [Fact]
    public void A_no_data_row_is_added_last_only_when_an_indicator_has_no_data()
    {
        var without = ReportScorer.Summarise(ScoredList(Rating.Green), Build.PolicyB);
        var with = ReportScorer.Summarise(ScoredList(Rating.Green, Rating.NoData, Rating.Red), Build.PolicyB);

        Assert.DoesNotContain(without, r => r.Rating == Rating.NoData);
        Assert.Equal(new SummaryRow(Rating.NoData, 1, 33), with[^1]);
        Assert.Equal(new SummaryRow(Rating.Red, 1, 34), with[0]);
        Assert.Equal(new SummaryRow(Rating.Green, 1, 33), with[2]);
        Assert.Equal(100, with.Sum(r => r.Percent));
    }

    [Fact]
    public void An_empty_report_has_all_zero_rows()
    {
        var summary = ReportScorer.Summarise([], Build.PolicyA);

        Assert.Equal(8, summary.Count);
        Assert.All(summary, r => Assert.Equal((0, 0), (r.Count, r.Percent)));
    }

    // ---- whole reports and movements -------------------------------------------------------------------------

    private static Site MovementSite()
    {
        var q1 = Period.Quarter(2023, 1);
        var q2 = Period.Quarter(2023, 2);
        Indicator Two(int id, Target? target, decimal first, decimal second, IndicatorStatus? firstStatus = null) =>
            Build.Indicator(id, target, series:
            [
                Build.Point(q1, first, status: firstStatus),
                Build.Point(q2, second),
            ]);

        Indicator[] indicators =
        [
            Two(1, Build.Target(100m), 80m, 95m),        // Red -> Amber: improved
            Two(2, Build.Target(100m), 100m, 85m),       // Green -> Red: worsened
            Two(3, Build.Target(100m), 100m, 101m),      // Green -> Green: no movement
            Two(4, Build.Target(100m), 50m, 100m, IndicatorStatus.Baseline), // Baseline -> Green: changed
            Two(5, Build.Target(100m), 110m, 100m),      // Blue -> Green: worsened
            Two(6, Build.Target(100m), 100m, 110m),      // Green -> Blue: improved, but only in the second report
            Two(7, null, 1m, 2m),                        // Baseline -> Baseline: no movement
        ];

        Report[] reports =
        [
            Build.Report(q2, 1, 2, 3, 4, 5, 6, 7),
            Build.Report(q1, 1, 2, 3, 4, 5, 7, 99),
        ];

        return Build.Site(indicators, reports);
    }

    [Fact]
    public void Reports_are_scored_in_period_order_each_against_the_one_before()
    {
        var scored = ReportScorer.ScoreAll(MovementSite());

        Assert.Equal(2, scored.Count);
        Assert.Equal(Period.Quarter(2023, 1), scored[0].Report.Period);
        Assert.Null(scored[0].PreviousReport);
        Assert.Empty(scored[0].Movements);
        Assert.Equal(Period.Quarter(2023, 2), scored[1].Report.Period);
        Assert.Same(scored[0].Report, scored[1].PreviousReport);
    }

    [Fact]
    public void Movements_between_reports_say_whether_each_rating_improved_worsened_or_changed()
    {
        var second = ReportScorer.ScoreAll(MovementSite())[1];

        Assert.Equal(
            [
                (1, Rating.Red, Rating.Amber, MovementKind.Improved),
                (2, Rating.Green, Rating.Red, MovementKind.Worsened),
                (4, Rating.Baseline, Rating.Green, MovementKind.Changed),
                (5, Rating.Blue, Rating.Green, MovementKind.Worsened),
            ],
            second.Movements.Select(m => (m.Indicator.Id, m.From, m.To, m.Kind)));
    }

    [Fact]
    public void An_indicator_id_a_report_lists_but_the_site_lacks_is_left_out()
    {
        var first = ReportScorer.ScoreAll(MovementSite())[0];

        Assert.Equal([1, 2, 3, 4, 5, 7], first.Indicators.Select(i => i.Indicator.Id));
        Assert.Null(first.Find(99));
        Assert.Equal(Rating.Red, first.Find(1)?.Rating);
    }

    [Fact]
    public void A_report_is_scored_with_the_policy_in_force_for_its_period()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Period.Quarter(2023, 4), 81m),
            Build.Point(Period.Quarter(2024, 1), 81m),
        ]);
        var site = Build.Site(
            [indicator],
            [Build.Report(Period.Quarter(2023, 4), 1), Build.Report(Period.Quarter(2024, 1), 1)]);

        var scored = ReportScorer.ScoreAll(site);

        Assert.Same(Build.PolicyA, scored[0].Policy);
        Assert.Equal(Rating.Amber, scored[0].Find(1)?.Rating);
        Assert.Same(Build.PolicyB, scored[1].Policy);
        Assert.Equal(Rating.Red, scored[1].Find(1)?.Rating);
        Assert.Equal(
            [new RatingMovement(indicator, Rating.Amber, Rating.Red, MovementKind.Worsened)],
            scored[1].Movements);
    }

    [Fact]
    public void A_report_is_given_its_committee_from_the_configuration()
    {
        var scored = ReportScorer.ScoreAll(MovementSite())[0];

        Assert.Equal(new Committee(Build.Committee, "Strategy, Resources and Performance Committee"), scored.Committee);
    }

    [Fact]
    public void A_report_before_any_policy_is_in_force_cannot_be_scored()
    {
        var site = Build.Site([], [Build.Report(Period.Quarter(2019, 4))]);

        var error = Assert.Throws<InvalidOperationException>(() => ReportScorer.ScoreAll(site));
        Assert.Contains("2019/20 Q4", error.Message);
    }

    [Fact]
    public void Reports_of_different_committees_are_not_compared_with_each_other()
    {
        var indicator = Build.Indicator(1, Build.Target(90m), series:
        [
            Build.Point(Period.Quarter(2024, 1), 50m),
            Build.Point(Period.Quarter(2024, 2), 90m),
        ]);
        var other = Build.Report(Period.Quarter(2024, 1), 1) with { CommitteeKey = "another" };
        var site = Build.Site([indicator], [other, Build.Report(Period.Quarter(2024, 2), 1)]);

        var scored = ReportScorer.ScoreAll(site);

        Assert.All(scored, r => Assert.Null(r.PreviousReport));
        Assert.All(scored, r => Assert.Empty(r.Movements));
        Assert.Equal(new Committee("another", "another"), scored.Single(r => r.Report.CommitteeKey == "another").Committee);
    }
}
