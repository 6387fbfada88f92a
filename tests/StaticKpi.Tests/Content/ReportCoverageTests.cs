using StaticKpi.Build;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// SKPI035: a report whose file name and <c>period:</c> disagree is one error naming both, with no follow-on warnings;
/// SKPI036: an indicator no report lists is a warning at its file.
/// </summary>
public sealed class ReportCoverageTests
{
    private const string ReportQ3 = "content/reports/finance/2024-25-q3.yaml";
    private const string ReportQ4 = "content/reports/finance/2024-25-q4.yaml";

    private static Diagnostic Mismatch(string file, string named, string said, string namedKey, string saidSlug) =>
        new(Severity.Error, RuleIds.ReportPeriodMismatch, new SourceLocation(file, 2, 9),
            $"The file name says this report is for {named} but 'period:' says {said}.",
            $"Make them agree: correct 'period:' to {namedKey}, or rename the file to {saidSlug}.yaml.");

    [Fact]
    public void A_new_report_whose_period_was_not_changed_is_one_error_without_duplicate_report_or_unshown_commentary_findings()
    {
        using var site = TempSite.FromMinimal();
        // As an editor starting Q4 by copying Q3's report and writing Q4's commentary, but not changing 'period:'.
        site.Write(ReportQ4, site.Read(ReportQ3));
        foreach (var id in new[] { 101, 102, 103 })
        {
            site.Write($"content/commentary/{id}/2024-25-q4.md", "## Commentary\nFigures improved.\n");
        }

        var diagnostics = SiteValidation.Run(site.Source).Diagnostics;

        Assert.Equal([Mismatch(ReportQ4, "2024/25 Q4", "2024/25 Q3", "2024/25 Q4", "2024-25-q3")], diagnostics);
    }

    [Fact]
    public void A_report_renamed_for_another_period_is_one_error_without_its_commentary_reported_as_unshown()
    {
        using var site = TempSite.FromMinimal();
        File.Move(site.PathOf(ReportQ3), site.PathOf(ReportQ4)); // still says 'period: 2024/25 Q3'; 101 has Q3 commentary

        var diagnostics = SiteValidation.Run(site.Source).Diagnostics;

        Assert.Equal([Mismatch(ReportQ4, "2024/25 Q4", "2024/25 Q3", "2024/25 Q4", "2024-25-q3")], diagnostics);
    }

    [Theory]
    [InlineData("2024/25 Q3")]
    [InlineData("2024-25 Q3")]
    [InlineData("2024-25-q3")]
    public void A_period_written_another_way_that_names_the_same_period_as_the_file_is_accepted(string period)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ3, "period: 2024/25 Q3", $"period: {period}");

        Assert.Empty(SiteValidation.Run(site.Source).Diagnostics);
    }

    [Fact]
    public void A_report_file_whose_name_is_not_a_period_is_not_compared_with_its_period()
    {
        using var site = TempSite.FromMinimal();
        File.Move(site.PathOf(ReportQ3), site.PathOf("content/reports/finance/quarter-3.yaml"));

        Assert.Empty(SiteValidation.Run(site.Source).Diagnostics);
    }

    [Fact]
    public void An_indicator_in_no_report_is_a_warning_at_its_file_saying_it_is_never_published()
    {
        using var site = TempSite.FromMinimal();
        const string file = "content/indicators/104-energy-use.yaml";
        site.Write(file, "id: 104\ntitle: Energy use\ncommittee: finance\nunit: number\ndirection: down\nfrequency: quarterly\ntarget: 50\n");

        var diagnostic = Assert.Single(SiteValidation.Run(site.Source).Diagnostics);

        Assert.Equal(
            new Diagnostic(Severity.Warning, RuleIds.IndicatorInNoReport, new SourceLocation(file, 1, 1),
                "Indicator 104 is not in any report's 'indicators' list, so it is never published.",
                "Add 104 to the 'indicators' of the report it belongs in, or delete this file if it is no longer reported."),
            diagnostic);
    }

    [Fact]
    public void An_indicator_dropped_from_the_latest_report_but_in_an_earlier_one_is_not_warned_about()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(ReportQ3, "indicators: [101, 102, 103]", "indicators: [101, 102]");

        Assert.Empty(SiteValidation.Run(site.Source).Diagnostics);
    }

    [Fact]
    public void Indicators_in_no_report_are_not_judged_while_a_report_file_has_errors_of_its_own()
    {
        using var site = TempSite.FromMinimal();
        site.Write("content/indicators/104-energy-use.yaml",
            "id: 104\ntitle: Energy use\ncommittee: finance\nunit: number\ndirection: down\nfrequency: quarterly\ntarget: 50\n");
        site.Replace(ReportQ3, "produced_on: 2025-02-18", "produced_on: 18 February");

        var diagnostics = SiteValidation.Run(site.Source).Diagnostics;

        Assert.Equal([(RuleIds.WrongType, ReportQ3)], diagnostics.Select(d => (d.RuleId, d.Location.File)));
    }
}
