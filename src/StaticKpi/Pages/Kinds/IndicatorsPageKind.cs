using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>The list of indicators by committee, each with its newest figures and a link to its own page.</summary>
public sealed class IndicatorsPageKind() : SinglePageKind("indicators", SitePaths.Indicators, changesWithEveryReport: true)
{
    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted)
    {
        var path = page.OutputPath;
        var latest = context.Latest;
        var committees = latest.Indicators
            .Select(x => (x.Indicator, Committee: latest.CommitteeOf(x.Indicator, x.NewestFirst[0].Report),
                CommitteeLanguage: latest.CommitteeLanguageOf(x.Indicator, x.NewestFirst[0].Report),
                Latest: latest.Latest(path, x.Indicator, x.NewestFirst[0])))
            .GroupBy(x => x.Committee)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, index) => new IndicatorListGroupView(g.Key, $"committee-{index + 1}",
                [.. g.Select(x => new IndicatorListRowView(x.Indicator.Id, x.Indicator.Title,
                    SitePaths.Link(path, SitePaths.IndicatorLatest(x.Indicator)),
                    x.Latest.Period, x.Latest.Value, x.Latest.Target, x.Latest.Rating) { TitleLanguage = x.Indicator.TitleLanguage })])
            {
                CommitteeLanguage = g.First().CommitteeLanguage,
            })
            .ToList();
        return new IndicatorsPage(path, context.Strings.Text("nav.indicators"), SitePaths.RootFrom(path), PageParts.Crumbs(context.Strings, path),
            committees)
        {
            LastModified = page.LastModified,
        };
    }
}
