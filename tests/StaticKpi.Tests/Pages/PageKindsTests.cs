using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Pages;
using StaticKpi.Pages.Kinds;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.Pages;

/// <summary>
/// Page kinds are one registry (<see cref="PageKinds.All"/>): every kind is in it once, every layout of the default
/// theme belongs to one kind, and the plan, the models and the preview's rebuilds all follow from the kinds.
/// </summary>
public sealed class PageKindsTests
{
    [Fact]
    public void The_registry_lists_every_page_kind_class_once_in_plan_order()
    {
        var registered = PageKinds.All.Select(k => k.GetType().Name).ToList();
        var declared = typeof(PageKind).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageKind)) && !t.IsAbstract)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "HomePageKind", "KeyPageKind", "AccessibilityPageKind", "ReportPageKind", "IndicatorPageKind", "PrintReportPageKind",
                "SearchPageKind", "IndicatorsPageKind", "IndicatorLatestPageKind", "DataPageKind", "NotFoundPageKind",
            ],
            registered);
        Assert.Equal(declared, registered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_layout_of_the_default_theme_but_base_is_the_layout_of_exactly_one_kind()
    {
        var layouts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "themes", "default", "layouts"), "*.html")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != "base")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            ["accessibility", "data", "home", "indicator", "indicator-latest", "indicators", "key", "not-found", "print", "report", "search"],
            layouts);
        Assert.Equal(layouts, PageKinds.All.Select(k => k.Layout).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_plan_lists_site_wide_pages_alone_and_each_reports_pages_together_in_registry_order()
    {
        var plan = SitePlan.Create(MinimalSite());

        var groups = plan.Groups.Select(g => g.Pages.Select(p => $"{p.Kind.Layout} {p.OutputPath} {p.LastModified:yyyy-MM-dd}").ToList()).ToList();

        Assert.Equal<IEnumerable<string>[]>(
            [
                ["home index.html 2025-02-18"],
                ["key key/index.html "],
                ["accessibility accessibility/index.html "],
                [
                    "report 2024-25-q2/finance/index.html 2024-11-20",
                    "indicator 2024-25-q2/finance/101-invoices-paid-within-30-days/index.html 2024-11-20",
                    "indicator 2024-25-q2/finance/102-average-sickness-days-per-employee/index.html 2024-11-20",
                    "indicator 2024-25-q2/finance/103-complaints-received/index.html 2024-11-20",
                    "print 2024-25-q2/finance/print/index.html ",
                ],
                [
                    "report 2024-25-q3/finance/index.html 2025-02-18",
                    "indicator 2024-25-q3/finance/101-invoices-paid-within-30-days/index.html 2025-02-18",
                    "indicator 2024-25-q3/finance/102-average-sickness-days-per-employee/index.html 2025-02-18",
                    "indicator 2024-25-q3/finance/103-complaints-received/index.html 2025-02-18",
                    "print 2024-25-q3/finance/print/index.html ",
                ],
                ["search search/index.html "],
                ["indicators indicators/index.html 2025-02-18"],
                ["indicator-latest indicators/101-invoices-paid-within-30-days/index.html 2025-02-18"],
                ["indicator-latest indicators/102-average-sickness-days-per-employee/index.html 2025-02-18"],
                ["indicator-latest indicators/103-complaints-received/index.html 2025-02-18"],
                ["data data/index.html 2025-02-18"],
                ["not-found 404.html "],
            ],
            [.. groups]);
        Assert.Equal(["404.html"], plan.Pages.Where(p => !p.IsCanonical).Select(p => p.OutputPath));
    }

    [Fact]
    public void Every_kind_builds_a_model_for_its_own_layout_at_its_planned_path()
    {
        var site = MinimalSite();
        var plan = SitePlan.Create(site);
        var reports = ReportScorer.ScoreAll(site);
        var factory = new PageFactory(site, reports, new ChartBuilder(site.Config), OpenDataFiles.Build(site, reports));

        var built = plan.Groups.SelectMany(g => factory.Build(g)).Select(p => $"{p.Layout} {p.OutputPath}");

        Assert.Equal(plan.Pages.Select(p => $"{p.Kind.Layout} {p.OutputPath}"), built);
    }

    [Fact]
    public void A_printable_report_wanted_alone_still_reprints_every_indicator_page_of_its_report()
    {
        var site = MinimalSite();
        var plan = SitePlan.Create(site);
        var reports = ReportScorer.ScoreAll(site);
        var factory = new PageFactory(site, reports, new ChartBuilder(site.Config), OpenDataFiles.Build(site, reports));
        var group = plan.Groups.Single(g => g.Pages[0].OutputPath == "2024-25-q3/finance/index.html");

        var print = Assert.IsType<PrintReportPage>(Assert.Single(factory.Build(group, p => p.Kind is PrintReportPageKind)));

        Assert.Equal(
            [
                "2024-25-q3/finance/101-invoices-paid-within-30-days/index.html",
                "2024-25-q3/finance/102-average-sickness-days-per-employee/index.html",
                "2024-25-q3/finance/103-complaints-received/index.html",
            ],
            print.Indicators.Select(i => i.OutputPath));
    }

    [Fact]
    public void The_pages_that_show_a_commentary_are_its_indicator_page_its_printable_report_and_search()
    {
        var plan = SitePlan.Create(MinimalSite());

        var showing = plan.Pages.Where(p => p.Shows(101, Period.TryParse("2024/25 Q3", 4, out _)!)).Select(p => p.OutputPath);

        Assert.Equal(
            ["2024-25-q3/finance/101-invoices-paid-within-30-days/index.html", "2024-25-q3/finance/print/index.html", "search/index.html"],
            showing);
    }

    private static Site MinimalSite()
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(RepoPaths.Fixture("minimal"), diagnostics);
        Assert.NotNull(site);
        return site;
    }
}
