using System.Text.Json.Serialization;
using StaticKpi.Formatting;

namespace StaticKpi.Pages;

/// <summary>
/// HTML that is already safe (rendered and sanitised Markdown, or markup built by the generator). Templates
/// escape every other value they print; only this type is written as it is.
/// </summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}

public sealed record LinkView(string Text, string Url)
{
    /// <summary>The text's language when it is not the page's (an untranslated title), for its <c>lang</c>.</summary>
    public string? Lang { get; init; }

    /// <summary>The text as markup when part of it is in another language than the page's (see <see cref="MarkedText"/>); else null.</summary>
    public HtmlString? TextHtml { get; init; }

    /// <summary>What a template writes for the text: <see cref="TextHtml"/> where there is one, else the text (escaped).</summary>
    public object Shown => TextHtml is { } html ? html : Text;
}

public sealed record RatingView(string Name, string Key, string Symbol, string Description, bool Overridden, string? OverrideReason,
    string? ComputedName) : ISharedView
{
    /// <summary>The <c>lang</c> of the override's reason when it is another language's (no translation); else null.</summary>
    public string? OverrideReasonLanguage { get; init; }
}

/// <summary>A value with the label of its period, as shown in the headline box and tables.</summary>
/// <param name="Provisional">The figure is not yet validated; "provisional" is written next to it.</param>
public sealed record ValueView(string Text, string PeriodLabel, string? Note, bool Provisional = false) : ISharedView
{
    /// <summary>The period label's language when it is not the page's (an untranslated label), for its <c>lang</c>.</summary>
    public string? PeriodLabelLanguage { get; init; }

    /// <summary>The note's language when it is not the page's (an untranslated note), for its <c>lang</c>.</summary>
    public string? NoteLanguage { get; init; }
}

public sealed record DirectionView(string Text, string Symbol, string Key) : ISharedView;

public sealed record IndicatorRowView(
    int Id,
    string Title,
    string Url,
    string Target,
    ValueView Current,
    ValueView? Previous,
    DirectionView Direction,
    string Change,
    RatingView Rating,
    bool TargetIsBaseline = false)
{
    /// <summary>The change as a stable key ("improving", "not-applicable") for the table's filters.</summary>
    public string ChangeKey => Change.ToLowerInvariant().Replace(' ', '-');

    /// <summary>The <c>lang</c> of the title when it is another language's (no translation); else null.</summary>
    public string? TitleLanguage { get; init; }
}

public sealed record SummaryRowView(RatingView Rating, int Count, int Percent);

public sealed record MovementView(int Id, string Title, string Url, RatingView From, RatingView To, string Kind);

public sealed record HistoryRowView(string Period, string Value, string Target, RatingView? Rating, string? Note,
    bool Provisional = false) : ISharedView
{
    /// <summary>The period's label's language when it is not the page's (an untranslated label), for its <c>lang</c>.</summary>
    public string? PeriodLanguage { get; init; }

    /// <summary>The note's language when it is not the page's (an untranslated note), for its <c>lang</c>.</summary>
    public string? NoteLanguage { get; init; }
}

/// <param name="Kind">For a year-to-date or cumulative indicator, whether the figure is a running total or one period's.</param>
public sealed record BenchmarkView(string Name, string Value, string? Period, string? Note, string? Kind = null)
{
    /// <summary>The name's language when it is not the page's (an untranslated label), for its <c>lang</c>.</summary>
    public string? Lang { get; init; }
}

/// <summary>
/// The figure an indicator is tracked against and when it was taken ("872", "2022/23"), with what kind of figure it
/// is for a year-to-date or cumulative indicator, and the editor's note.
/// </summary>
public sealed record BaselineView(string Value, string? Period, string? Kind, string? Note)
{
    /// <summary>The note's language when it is not the page's (an untranslated note), for its <c>lang</c>.</summary>
    public string? NoteLanguage { get; init; }
}

/// <summary>One of an indicator's targets by period: "From 2024/25 Q3: 100".</summary>
public sealed record TargetChangeView(string From, string Target);

public sealed record ReportLinkView(string Title, string Url, string Period, string ProducedOn, string Committee)
{
    /// <summary>The <c>lang</c> of the committee's name when it is another language's (no translation); else null.</summary>
    public string? CommitteeLanguage { get; init; }
}

public sealed record ArchiveYearView(string Year, IReadOnlyList<ReportLinkView> Reports);

public sealed record CommitteeHomeView(string Name, ReportLinkView Latest, IReadOnlyList<SummaryRowView> Summary,
    IReadOnlyList<ArchiveYearView> Archive)
{
    /// <summary>The name's language when it is not the page's (an untranslated name), for its <c>lang</c>.</summary>
    public string? NameLanguage { get; init; }
}

public sealed record SectionView(string Title, string Id, HtmlString Html);

public sealed record KeyTermView(string Term, string Explanation);

public sealed record PolicyView(string Name, string From, IReadOnlyList<RatingView> Ratings)
{
    /// <summary>The name's language when it is not the page's (an untranslated name), for its <c>lang</c>.</summary>
    public string? NameLanguage { get; init; }
}

/// <param name="Columns">The headings: text, or markup (<see cref="HtmlString"/>) where one is marked with its language.</param>
/// <param name="Rows">Each row's cells: text, or markup (<see cref="HtmlString"/>) where a text in it is marked with its language.</param>
public sealed record ChartTableView(string Caption, IReadOnlyList<object> Columns, IReadOnlyList<IReadOnlyList<object>> Rows)
{
    /// <summary>The caption as markup when a name inside it fell back to the default language; else null.</summary>
    public HtmlString? CaptionHtml { get; init; }
}

/// <summary>
/// A chart on a page: its figure JSON (already escaped for a JSON script block), the plain-English summary
/// and the data table that are its accessible version, and the CSV download written next to the page.
/// </summary>
public sealed record ChartView(
    string Id, string Title, string Summary, ChartTableView Table, HtmlString Json, string CsvFileName, string CsvSize, int PointCount, string Csv)
{
    public bool Drawable => PointCount > 0;

    /// <summary>The title's language when it is not the page's (an untranslated title), for the caption's <c>lang</c>.</summary>
    public string? TitleLanguage { get; init; }

    /// <summary>
    /// The title as markup when a name inside it fell back to the default language (see <see cref="MarkedText"/>); else null.
    /// The figure's JSON keeps the plain title: the plot is hidden from screen readers, which read this caption.
    /// </summary>
    public HtmlString? TitleHtml { get; init; }

    /// <summary>The summary as markup when names inside it fell back to the default language; else null.</summary>
    public HtmlString? SummaryHtml { get; init; }
}

/// <summary>A file written next to a page, such as a chart's CSV.</summary>
public sealed record PageFile(string RelativePath, byte[] Bytes);

/// <summary>One indicator page in the search index and in the search page's list of latest pages.</summary>
public sealed record SearchEntryView(int Id, string Title, string Url, string Committee, string Period, string Rating, string Text)
{
    /// <summary>The <c>lang</c> of the indicator's title when it is another language's (no translation); else null.</summary>
    /// <remarks>For the search page's list only: the search index says no language, as a title attribute cannot.</remarks>
    [JsonIgnore]
    public string? TitleLanguage { get; init; }

    /// <summary>The <c>lang</c> of the committee's name when it is another language's (no translation); else null.</summary>
    [JsonIgnore]
    public string? CommitteeLanguage { get; init; }
}
