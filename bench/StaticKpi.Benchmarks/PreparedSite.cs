using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.OpenData;
using StaticKpi.Pages;
using StaticKpi.Pages.Kinds;
using StaticKpi.Render;
using StaticKpi.Scoring;

namespace StaticKpi.Benchmarks;

/// <summary>A site folder loaded and scored, with its page plan, page factory and renderer: what the render stage starts from.</summary>
internal sealed class PreparedSite
{
    public PreparedSite(string folder)
    {
        Site = Load(folder);
        Reports = ReportScorer.ScoreAll(Site);
        Plan = SitePlan.Create(Site);
        Pages = new PageFactory(Site, Reports, new ChartBuilder(Site.Config), OpenDataFiles.Build(Site, Reports));
        var theme = new Theme(Path.Combine(folder, "themes", Site.Config.Theme));
        Renderer = new PageRenderer(theme, Pages.SiteView, theme.AssetPaths().ToDictionary(p => p, p => p, StringComparer.Ordinal));
    }

    public Site Site { get; }

    public IReadOnlyList<ScoredReport> Reports { get; }

    public SitePlan Plan { get; }

    public PageFactory Pages { get; }

    public PageRenderer Renderer { get; }

    /// <summary>The pages of the newest report of the last committee: the longest histories.</summary>
    public PageGroup LastReport => Plan.Groups.Last(g => g.Pages[0].Kind is ReportPageKind);

    public static Site Load(string folder)
    {
        var diagnostics = new DiagnosticBag();
        return ContentLoader.Load(folder, diagnostics)
            ?? throw new InvalidOperationException("The site has errors:\n" + string.Join("\n", diagnostics.ToSortedList()));
    }
}
