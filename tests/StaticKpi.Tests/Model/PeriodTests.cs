using StaticKpi.Model;

namespace StaticKpi.Tests.Model;

public class PeriodTests
{
    private static Period Parse(string text, int financialYearStartMonth = 4)
    {
        var period = Period.TryParse(text, financialYearStartMonth, out var error);
        Assert.True(period is not null, $"'{text}' should parse but gave: {error}");
        Assert.Null(error);
        return period;
    }

    private static string ParseError(string? text, int financialYearStartMonth = 4)
    {
        var period = Period.TryParse(text, financialYearStartMonth, out var error);
        Assert.Null(period);
        Assert.NotNull(error);
        return error;
    }

    // ---- parsing -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2024/25 Q3")]
    [InlineData("2024-25 Q3")]
    [InlineData("2024-25-q3")]
    [InlineData("2024/25 q3")]
    [InlineData("2024-25-Q3")]
    [InlineData("2024/25   Q3")]
    [InlineData("  2024/25 Q3  ")]
    public void Every_written_form_of_a_quarter_parses_to_the_same_quarter(string text)
    {
        var period = Parse(text);

        Assert.Equal(Period.Quarter(2024, 3), period);
        Assert.Equal(PeriodKind.Quarter, period.Kind);
        Assert.Equal(2024, period.Year);
        Assert.Equal(3, period.Number);
        Assert.Equal(4, period.FinancialYearStartMonth);
    }

    [Fact]
    public void A_year_and_month_parses_as_a_calendar_month()
    {
        var period = Parse("2024-10");

        Assert.Equal(PeriodKind.Month, period.Kind);
        Assert.Equal(2024, period.Year);
        Assert.Equal(10, period.Number);
        Assert.Equal(Period.Month(2024, 10), period);
    }

    [Theory]
    [InlineData("2020-08", 2020, 8)]
    [InlineData("2023-05", 2023, 5)]
    [InlineData("2024-12", 2024, 12)]
    [InlineData("2025-01", 2025, 1)]
    [InlineData("2024-09", 2024, 9)]
    public void The_months_used_in_the_seed_content_parse_as_months(string text, int year, int month)
    {
        Assert.Equal(Period.Month(year, month), Parse(text));
    }

    [Theory]
    [InlineData("2011-12", 2011)]
    [InlineData("2009-10", 2009)]
    public void A_hyphenated_year_pair_that_could_also_be_a_month_is_read_as_a_financial_year(string text, int financialYear)
    {
        // Pinned: "2011-12" could be December 2011, but 12 follows 11, so the parser reads the financial year
        // 2011/12. Only months of 2000-2011 are ambiguous like this; they cannot be written as months.
        Assert.Equal(Period.FinancialYear(financialYear), Parse(text));
    }

    [Fact]
    public void A_slash_never_makes_a_month()
    {
        Assert.Contains("'2024/10'", ParseError("2024/10"));
    }

    [Theory]
    [InlineData("2023/24")]
    [InlineData("2023-24")]
    public void Both_written_forms_of_a_financial_year_parse(string text)
    {
        var period = Parse(text);

        Assert.Equal(PeriodKind.FinancialYear, period.Kind);
        Assert.Equal(2023, period.Year);
        Assert.Equal(0, period.Number);
        Assert.Equal(Period.FinancialYear(2023), period);
    }

    [Fact]
    public void A_financial_year_spanning_a_century_parses()
    {
        Assert.Equal(Period.FinancialYear(2099), Parse("2099/00"));
        Assert.Equal(Period.Quarter(1999, 2), Parse("1999/00 Q2"));
    }

    [Fact]
    public void The_financial_year_start_month_is_carried_into_the_parsed_period()
    {
        Assert.Equal(1, Parse("2024/25 Q3", financialYearStartMonth: 1).FinancialYearStartMonth);
        Assert.Equal(Period.Quarter(2024, 3, 1), Parse("2024/25 Q3", financialYearStartMonth: 1));
        Assert.NotEqual(Period.Quarter(2024, 3, 4), Parse("2024/25 Q3", financialYearStartMonth: 1));
    }

    [Theory]
    [InlineData("2024/26 Q1")]
    [InlineData("2024/25 Q5")]
    [InlineData("2024/25 Q0")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("Q3 2024")]
    [InlineData("2024/2025")]
    [InlineData("24/25 Q3")]
    [InlineData("2024/25Q3")]
    [InlineData("October 2024")]
    public void Text_that_is_not_a_period_is_rejected_with_a_message_naming_the_text(string text)
    {
        var error = ParseError(text);

        Assert.Contains($"'{text}'", error);
    }

    [Fact]
    public void A_financial_year_whose_second_year_is_wrong_says_which_year_was_expected()
    {
        Assert.Equal(
            "'2024/26 Q1' is not a financial year: the second year should be 25, the year after 2024.",
            ParseError("2024/26 Q1"));
    }

    [Fact]
    public void A_fifth_quarter_is_rejected_with_the_range_of_quarters()
    {
        Assert.Equal("'2024/25 Q5' has quarter 5; quarters run from Q1 to Q4.", ParseError("2024/25 Q5"));
    }

    [Fact]
    public void A_thirteenth_month_is_rejected_with_the_range_of_months()
    {
        Assert.Equal(
            "'2024-13' is neither a month (months run from 01 to 12) nor a financial year (the second year should be 25).",
            ParseError("2024-13"));
    }

    [Fact]
    public void Quarter_first_text_is_rejected_with_the_accepted_forms()
    {
        Assert.Equal(
            "'Q3 2024' is not a period. Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as '2023/24'.",
            ParseError("Q3 2024"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_or_missing_text_is_rejected(string? text)
    {
        Assert.Equal(
            "'' is not a period. Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as '2023/24'.",
            ParseError(text));
    }

    // ---- dates -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, "2024-04-01", "2024-06-30")]
    [InlineData(2, "2024-07-01", "2024-09-30")]
    [InlineData(3, "2024-10-01", "2024-12-31")]
    [InlineData(4, "2025-01-01", "2025-03-31")]
    public void Quarters_of_an_April_financial_year_run_April_to_March(int quarter, string start, string end)
    {
        var period = Period.Quarter(2024, quarter);

        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
    }

    [Theory]
    [InlineData(1, "2024-01-01", "2024-03-31")]
    [InlineData(2, "2024-04-01", "2024-06-30")]
    [InlineData(3, "2024-07-01", "2024-09-30")]
    [InlineData(4, "2024-10-01", "2024-12-31")]
    public void Quarters_of_a_January_financial_year_are_calendar_quarters(int quarter, string start, string end)
    {
        var period = Period.Quarter(2024, quarter, financialYearStartMonth: 1);

        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
    }

    [Fact]
    public void A_parsed_quarter_has_the_quarters_dates()
    {
        var period = Parse("2024/25 Q3");

        Assert.Equal(new DateOnly(2024, 10, 1), period.Start);
        Assert.Equal(new DateOnly(2024, 12, 31), period.End);
    }

    [Fact]
    public void A_financial_year_runs_twelve_months_from_its_start_month()
    {
        Assert.Equal(new DateOnly(2023, 4, 1), Period.FinancialYear(2023).Start);
        Assert.Equal(new DateOnly(2024, 3, 31), Period.FinancialYear(2023).End);
        Assert.Equal(new DateOnly(2023, 1, 1), Period.FinancialYear(2023, 1).Start);
        Assert.Equal(new DateOnly(2023, 12, 31), Period.FinancialYear(2023, 1).End);
    }

    [Fact]
    public void A_month_runs_from_its_first_to_its_last_day()
    {
        Assert.Equal(new DateOnly(2024, 10, 1), Period.Month(2024, 10).Start);
        Assert.Equal(new DateOnly(2024, 10, 31), Period.Month(2024, 10).End);
        Assert.Equal(new DateOnly(2024, 2, 29), Period.Month(2024, 2).End);
        Assert.Equal(new DateOnly(2025, 2, 28), Period.Month(2025, 2).End);
    }

    [Fact]
    public void A_months_dates_do_not_depend_on_the_financial_year_start()
    {
        Assert.Equal(new DateOnly(2024, 10, 1), Period.Month(2024, 10, 1).Start);
        Assert.Equal(new DateOnly(2024, 10, 31), Period.Month(2024, 10, 1).End);
    }

    // ---- names -----------------------------------------------------------------------------------------

    [Fact]
    public void A_quarter_has_its_canonical_key_slug_and_display_name()
    {
        var period = Period.Quarter(2024, 3);

        Assert.Equal("2024/25 Q3", period.Key);
        Assert.Equal("2024-25-q3", period.Slug);
        Assert.Equal("2024/25 Q3", period.DisplayName);
        Assert.Equal("2024/25 Q3", period.ToString());
    }

    [Fact]
    public void A_month_has_its_canonical_key_slug_and_display_name()
    {
        var period = Period.Month(2024, 10);

        Assert.Equal("2024-10", period.Key);
        Assert.Equal("2024-10", period.Slug);
        Assert.Equal("October 2024", period.DisplayName);
        Assert.Equal("2024-10", period.ToString());
    }

    [Fact]
    public void A_single_digit_month_is_written_with_two_digits()
    {
        Assert.Equal("2025-02", Period.Month(2025, 2).Key);
        Assert.Equal("February 2025", Period.Month(2025, 2).DisplayName);
    }

    [Fact]
    public void A_financial_year_has_its_canonical_key_slug_and_display_name()
    {
        var period = Period.FinancialYear(2023);

        Assert.Equal("2023/24", period.Key);
        Assert.Equal("2023-24", period.Slug);
        Assert.Equal("2023/24", period.DisplayName);
    }

    [Fact]
    public void A_financial_year_spanning_a_century_writes_the_second_year_as_00()
    {
        Assert.Equal("2099/00", Period.FinancialYear(2099).Key);
        Assert.Equal("2099-00-q4", Period.Quarter(2099, 4).Slug);
    }

    [Theory]
    [InlineData("2024-25 Q3", "2024/25 Q3")]
    [InlineData("2024-25-q3", "2024/25 Q3")]
    [InlineData("2023-24", "2023/24")]
    [InlineData("2024-10", "2024-10")]
    public void Parsing_then_writing_the_key_gives_the_canonical_text(string text, string key)
    {
        Assert.Equal(key, Parse(text).Key);
    }

    [Theory]
    [InlineData("2024/25 Q3")]
    [InlineData("2024-10")]
    [InlineData("2023/24")]
    public void A_slug_parses_back_to_the_same_period(string text)
    {
        var period = Parse(text);

        Assert.Equal(period, Parse(period.Slug));
    }

    [Fact]
    public void A_month_names_the_financial_year_it_belongs_to()
    {
        Assert.Equal("2024/25", Period.Month(2025, 2).FinancialYearText('/'));
        Assert.Equal("2024-25", Period.Month(2024, 4).FinancialYearText('-'));
        Assert.Equal("2023/24", Period.Month(2024, 3).FinancialYearText('/'));
    }

    // ---- financial year of -------------------------------------------------------------------------------

    [Theory]
    [InlineData(2025, 2, 2024)]
    [InlineData(2025, 3, 2024)]
    [InlineData(2025, 4, 2025)]
    [InlineData(2024, 4, 2024)]
    [InlineData(2024, 12, 2024)]
    [InlineData(2024, 1, 2023)]
    public void A_month_belongs_to_the_financial_year_starting_in_the_last_April(int year, int month, int financialYear)
    {
        Assert.Equal(financialYear, Period.Month(year, month).FinancialYearOf);
    }

    [Theory]
    [InlineData(2025, 1, 2025)]
    [InlineData(2025, 2, 2025)]
    [InlineData(2025, 12, 2025)]
    public void With_a_January_start_a_month_belongs_to_its_calendar_year(int year, int month, int financialYear)
    {
        Assert.Equal(financialYear, Period.Month(year, month, 1).FinancialYearOf);
    }

    [Fact]
    public void A_quarter_or_financial_year_belongs_to_its_own_financial_year()
    {
        Assert.Equal(2024, Period.Quarter(2024, 4).FinancialYearOf);
        Assert.Equal(2023, Period.FinancialYear(2023).FinancialYearOf);
    }

    // ---- year earlier ------------------------------------------------------------------------------------

    [Fact]
    public void Year_earlier_gives_the_same_kind_of_period_a_year_before()
    {
        Assert.Equal(Period.Quarter(2023, 3), Period.Quarter(2024, 3).YearEarlier());
        Assert.Equal(Period.Month(2023, 10), Period.Month(2024, 10).YearEarlier());
        Assert.Equal(Period.FinancialYear(2022), Period.FinancialYear(2023).YearEarlier());
        Assert.Equal(Period.Quarter(2023, 3, 1), Period.Quarter(2024, 3, 1).YearEarlier());
    }

    [Fact]
    public void Year_earlier_starts_exactly_one_year_before()
    {
        var quarter = Period.Quarter(2024, 4);

        Assert.Equal(quarter.Start.AddYears(-1), quarter.YearEarlier().Start);
        Assert.Equal(quarter.End.AddYears(-1), quarter.YearEarlier().End);
    }

    // ---- ordering ----------------------------------------------------------------------------------------

    [Fact]
    public void A_month_sorts_before_the_quarter_that_starts_on_the_same_day()
    {
        var october = Period.Month(2024, 10);
        var q3 = Period.Quarter(2024, 3);

        Assert.True(october.CompareTo(q3) < 0);
        Assert.True(q3.CompareTo(october) > 0);
    }

    [Fact]
    public void A_first_quarter_sorts_before_its_financial_year_which_starts_the_same_day()
    {
        var q1 = Period.Quarter(2024, 1);
        var year = Period.FinancialYear(2024);

        Assert.True(q1.CompareTo(year) < 0);
        Assert.True(year.CompareTo(q1) > 0);
        Assert.True(Period.Month(2024, 4).CompareTo(q1) < 0);
    }

    [Fact]
    public void A_financial_year_sorts_before_its_second_quarter()
    {
        Assert.True(Period.FinancialYear(2024).CompareTo(Period.Quarter(2024, 2)) < 0);
    }

    [Fact]
    public void Quarters_sort_chronologically_across_financial_years()
    {
        var shuffled = new[]
        {
            Period.Quarter(2024, 1),
            Period.Quarter(2023, 4),
            Period.Quarter(2024, 3),
            Period.Quarter(2020, 2),
            Period.Quarter(2023, 1),
            Period.Quarter(2024, 2),
        };

        var sorted = shuffled.Order().Select(p => p.Key).ToArray();

        Assert.Equal(["2020/21 Q2", "2023/24 Q1", "2023/24 Q4", "2024/25 Q1", "2024/25 Q2", "2024/25 Q3"], sorted);
    }

    [Fact]
    public void Mixed_periods_sort_by_start_date_then_by_length()
    {
        var shuffled = new[]
        {
            Period.Quarter(2024, 3),
            Period.FinancialYear(2024),
            Period.Month(2024, 12),
            Period.Month(2025, 1),
            Period.Quarter(2024, 1),
            Period.Month(2024, 10),
            Period.Month(2024, 4),
            Period.FinancialYear(2023),
        };

        var sorted = shuffled.Order().Select(p => p.Key).ToArray();

        Assert.Equal(
            ["2023/24", "2024-04", "2024/25 Q1", "2024/25", "2024-10", "2024/25 Q3", "2024-12", "2025-01"],
            sorted);
    }

    [Fact]
    public void A_period_compares_equal_to_itself_and_after_null()
    {
        Assert.Equal(0, Period.Quarter(2024, 3).CompareTo(Period.Quarter(2024, 3)));
        Assert.Equal(1, Period.Quarter(2024, 3).CompareTo(null));
    }

    // ---- contains ----------------------------------------------------------------------------------------

    [Fact]
    public void A_quarter_contains_its_three_months_and_not_the_next()
    {
        var q3 = Period.Quarter(2024, 3);

        Assert.True(q3.Contains(Period.Month(2024, 10)));
        Assert.True(q3.Contains(Period.Month(2024, 12)));
        Assert.False(q3.Contains(Period.Month(2025, 1)));
        Assert.False(q3.Contains(Period.Month(2024, 9)));
        Assert.True(Period.FinancialYear(2024).Contains(q3));
        Assert.False(q3.Contains(Period.FinancialYear(2024)));
    }

    [Theory]
    [InlineData("2024/25 Q1", "2023/24 Q4", "2024/25 Q2")]
    [InlineData("2024/25 Q4", "2024/25 Q3", "2025/26 Q1")]
    [InlineData("2025-01", "2024-12", "2025-02")]
    [InlineData("2024-12", "2024-11", "2025-01")]
    [InlineData("2024/25", "2023/24", "2025/26")]
    public void The_periods_before_and_after_are_of_the_same_kind_across_year_ends(string text, string before, string after)
    {
        var period = Parse(text);

        Assert.Equal((Parse(before), Parse(after)), (period.Previous(), period.Next()));
        Assert.Equal(period, period.Previous().Next());
    }

    [Fact]
    public void A_quarter_after_and_before_keeps_the_financial_year_start_month()
    {
        var q4 = Period.Quarter(2024, 4, financialYearStartMonth: 7);

        Assert.Equal((new DateOnly(2025, 7, 1), 7), (q4.Next().Start, q4.Next().FinancialYearStartMonth));
        Assert.Equal(new DateOnly(2025, 1, 1), q4.Previous().Start);
    }
}
