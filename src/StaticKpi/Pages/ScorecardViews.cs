using System.Collections.Concurrent;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Pages;

/// <summary>
/// The views of scores that several page kinds show the same way: a value, a target, a rating, a direction, a report's
/// summary and an indicator's history. Made for one build, and safe to use from several threads at once.
/// </summary>
public sealed class ScorecardViews
{
    private readonly Site _site;
    private readonly SiteStrings _strings;
    private readonly Dictionary<Direction, DirectionView> _directions;
    private readonly ConcurrentDictionary<(Rating, RagPolicy), RatingView> _ratings = new();
    private readonly ValueView _noValue;
    private readonly ValueFormatter _format;
    private readonly ConcurrentDictionary<DataPoint, HistoryRowView> _historyRows;
    private readonly ConcurrentDictionary<DataPoint, ValueView> _values;
    private readonly ConcurrentDictionary<DataPoint, ValueView> _yearEarlierValues;

    /// <param name="caches">The build's memos of views, renewed with each build and each preview update.</param>
    /// <param name="strings">The words of the pages' language.</param>
    public ScorecardViews(Site site, PageCaches caches, SiteStrings strings)
    {
        _site = site;
        _strings = strings;
        _directions = Enum.GetValues<Direction>().ToDictionary(
            d => d, d => new DirectionView(Labels.Direction(strings, d), Labels.DirectionSymbol(d), EnumNames.Of(d)));
        _noValue = new ValueView(strings.Text("value.no_data"), "", null);
        _historyRows = caches.HistoryRows;
        _values = caches.Values;
        _yearEarlierValues = caches.YearEarlierValues;
        _format = new ValueFormatter(site.Config.CurrencySymbol, strings);
    }

    public ValueFormatter Format => _format;

    public IReadOnlyList<SummaryRowView> Summary(ScoredReport report) =>
        [.. report.Summary.Select(s => new SummaryRowView(Rating(s.Rating, report.Policy), s.Count, s.Percent))];

    /// <summary>
    /// The Target column's text: the target in force for the report's period, else the baseline where the indicator
    /// has one ("Baseline 872 (2022/23)", as the council's reports print it), else why there is no target.
    /// </summary>
    public string TargetText(ScoredIndicator scored)
    {
        var indicator = scored.Indicator;
        if (BaselineInPlaceOfTarget(scored))
        {
            return _format.Baseline(indicator.Baseline!, indicator.Unit, indicator.Precision);
        }

        return _format.Target(scored.Target, scored.Current is null ? indicator.Status : indicator.StatusFor(scored.Current),
            indicator.Unit, indicator.Precision);
    }

    public static bool BaselineInPlaceOfTarget(ScoredIndicator scored) => scored.Target is null && scored.Indicator.Baseline is not null;

    public BaselineView? Baseline(Indicator indicator) => indicator.Baseline is not { } baseline
        ? null
        : new BaselineView(_format.Value(baseline.Value, indicator.Unit, indicator.Precision), _format.BaselinePeriod(baseline),
            Labels.FigureKind(_strings, indicator.Frequency, baseline.Cumulative), baseline.Note)
        {
            NoteLanguage = baseline.NoteLanguage,
        };

    /// <summary>
    /// The figure the current one is compared with. When that is the same period a year earlier (a year-to-date count
    /// at the start of a year, or an indicator compared with last year) the period is named and called so, whatever
    /// label the editor gave it, so readers see the comparison is like with like.
    /// </summary>
    public ValueView? PreviousValue(ScoredIndicator scored)
    {
        var (indicator, current, previous) = (scored.Indicator, scored.Current, scored.Previous);
        if (previous is null)
        {
            return null;
        }

        return IsSamePeriodLastYear(scored)
            ? _yearEarlierValues.GetOrAdd(previous, p => Value(indicator, p) with
            {
                PeriodLabel = _strings.Format("value.year_earlier", ("period", _strings.PeriodName(p.Period)),
                    ("same_period", Labels.SamePeriodLastYear(_strings, p.Period))),
                PeriodLabelLanguage = null, // the period's own name in the page's words, not the editor's label
            })
            : Value(indicator, previous);
    }

    public static bool IsSamePeriodLastYear(ScoredIndicator scored) =>
        scored is { Current: { } current, Previous: { } previous } &&
        current.Period.Kind != PeriodKind.FinancialYear && previous.Period == current.Period.YearEarlier();

    // The views below are shared by every page that shows the same thing (a value, a direction, a rating), so the
    // templates' partials can reuse what they rendered for them (see Render/PartialPurity).

    public ValueView Value(Indicator indicator, DataPoint? point) => point is null
        ? _noValue
        : _values.GetOrAdd(point, p =>
            new ValueView(_format.Value(p.Value, indicator.Unit, indicator.Precision), DisplayLabel(p), p.Note, p.Provisional)
            {
                PeriodLabelLanguage = p.Label is null ? null : p.LabelLanguage,
                NoteLanguage = p.NoteLanguage,
            });

    /// <summary>A value's own label, else its period's name in the pages' language.</summary>
    private string DisplayLabel(DataPoint point) => point.Label ?? _strings.PeriodName(point.Period);

    public DirectionView Direction(Direction direction) => _directions[direction];

    public RatingView Rating(Rating rating, RagPolicy policy) => _ratings.GetOrAdd((rating, policy), key => new(
        Labels.Rating(_strings, key.Item1), Labels.RatingKey(key.Item1), Labels.RatingSymbol(key.Item1),
        Labels.RatingDescription(_strings, key.Item1, key.Item2), false, null, null));

    public RatingView Rating(ScoredIndicator scored, RagPolicy policy) => scored.Override is null
        ? Rating(scored.Rating, policy)
        : Rating(scored.Rating, policy) with
        {
            Overridden = true,
            OverrideReason = scored.Override.Reason,
            OverrideReasonLanguage = scored.Override.Language,
            ComputedName = Labels.Rating(_strings, scored.ComputedRating),
        };

    /// <summary>
    /// Every value up to the report's period, newest first, each rated under the policy of its own period. A row
    /// depends only on its data point, and an indicator's pages in later reports repeat the rows of earlier ones, so
    /// each row is made once per build.
    /// </summary>
    public IReadOnlyList<HistoryRowView> History(Indicator indicator, Period reportPeriod) =>
        [.. indicator.Series
            .Where(p => p.Period.Start <= reportPeriod.End)
            .Reverse()
            .Select(point => _historyRows.GetOrAdd(point, p => HistoryRow(indicator, p)))];

    private HistoryRowView HistoryRow(Indicator indicator, DataPoint point)
    {
        var policy = _site.Config.PolicyFor(point.Period);
        RatingView? rating = null;
        if (policy is not null)
        {
            var computed = ReportScorer.RateValue(indicator, point, policy);
            rating = point.Override is null
                ? Rating(computed, policy)
                : Rating(point.Override.Rating, policy) with
                {
                    Overridden = true,
                    OverrideReason = point.Override.Reason,
                    OverrideReasonLanguage = point.Override.Language,
                    ComputedName = Labels.Rating(_strings, computed),
                };
        }

        return new HistoryRowView(
            DisplayLabel(point),
            _format.Value(point.Value, indicator.Unit, indicator.Precision),
            _format.Target(indicator.TargetFor(point), indicator.StatusFor(point), indicator.Unit, indicator.Precision),
            rating,
            point.Note,
            point.Provisional)
        {
            PeriodLanguage = point.Label is null ? null : point.LabelLanguage,
            NoteLanguage = point.NoteLanguage,
        };
    }
}
