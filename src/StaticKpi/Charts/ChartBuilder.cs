using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;

namespace StaticKpi.Charts;

/// <summary>
/// The one entry point Pages and the build use for charts: the trend chart of each indicator page
/// (<see cref="TrendChart"/>), the extra charts editors declare in indicator files (<see cref="ExtraCharts"/>), and
/// the rating distribution of each report (<see cref="RatingDistributionChart"/>). Construct one per build, with that
/// build's <see cref="ChartCaches"/>: they are its only mutable state, and thread-safe, so parallel page rendering may
/// share it. Each figure is deterministic: the same content gives the same ids, JSON, summary and CSV on every machine.
/// </summary>
public sealed class ChartBuilder
{
    /// <summary>The name of the projected trend line in the legend.</summary>
    public const string ProjectionName = TrendTraces.ProjectionName;

    /// <summary>The legend entry of the hollow rings around provisional values.</summary>
    public const string ProvisionalName = TrendPointTexts.ProvisionalName;

    private readonly ChartCaches _caches;
    private readonly TrendChart _trend;
    private readonly SiteStrings _strings;

    /// <param name="caches">The build's caches; a new, empty one when not given (a builder used on its own).</param>
    /// <param name="strings">
    /// The words of the charts' language (titles, axes, summaries, tables); the default theme's for the site's language
    /// when not given. The caches hold figures in that language, so a builder and its caches serve one language.
    /// </param>
    public ChartBuilder(SiteConfig config, ChartCaches? caches = null, SiteStrings? strings = null)
    {
        _caches = caches ?? new ChartCaches();
        _strings = strings ?? SiteStrings.Default(config.Language);
        _trend = new TrendChart(config, _caches, _strings);
    }

    /// <inheritdoc cref="TrendChart.Of"/>
    public ChartFigure Trend(Indicator indicator, Period reportPeriod) => _trend.Of(indicator, reportPeriod);

    /// <inheritdoc cref="ExtraCharts.Of"/>
    public IReadOnlyList<ChartFigure> Extras(Indicator indicator, Period reportPeriod) => ExtraCharts.Of(indicator, reportPeriod, _caches, _strings);

    /// <inheritdoc cref="RatingDistributionChart.Of"/>
    public ChartFigure RatingDistribution(ScoredReport report) => RatingDistributionChart.Of(report, _strings);
}
