using StaticKpi.Charts;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Charts;

public class ZzVisualDump
{
    [Fact]
    public void Dump()
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(RepoPaths.Root, diagnostics)!;
        var builder = new ChartBuilder(site.Config);
        var q3 = Period.Quarter(2024, 3);
        var figures = new List<ChartFigure>
        {
            builder.Trend(site.IndicatorById(182)!, q3),
            builder.Trend(site.IndicatorById(211)!, q3),
            builder.Trend(site.IndicatorById(214)!, q3),
            builder.Extras(site.IndicatorById(211)!, q3)[0],
            builder.Extras(site.IndicatorById(213)!, Period.Quarter(2023, 1))[0],
        };
        var scored = StaticKpi.Scoring.ReportScorer.ScoreAll(site);
        figures.Add(builder.RatingDistribution(scored.Last()));
        var html = new System.Text.StringBuilder("<!doctype html><html><head><script src=\"node_modules/plotly.js-dist-min/plotly.min.js\"></script></head><body style=\"width:900px\">");
        foreach (var f in figures)
        {
            html.Append($"<figure><figcaption>{System.Net.WebUtility.HtmlEncode(f.Summary)}</figcaption><div id=\"{f.Id}\" style=\"height:450px\"></div><script type=\"application/json\" id=\"{f.Id}-data\">{f.Json}</script></figure>");
        }

        html.Append("<script>document.querySelectorAll('script[type=\"application/json\"]').forEach(s => { const fig = JSON.parse(s.textContent); Plotly.newPlot(s.id.replace('-data',''), fig.data, fig.layout, fig.config); });</script></body></html>");
        File.WriteAllText("/tmp/plotlyview/index.html", html.ToString());
    }
}
