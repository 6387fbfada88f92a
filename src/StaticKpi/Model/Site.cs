namespace StaticKpi.Model;

/// <summary>Everything loaded from a site's source folder, validated and ready to score.</summary>
public sealed record Site(
    SiteConfig Config,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Commentary> Commentaries,
    IReadOnlyList<Report> Reports)
{
    private readonly Dictionary<int, Indicator> _indicatorsById = Indicators.ToDictionary(i => i.Id);
    private readonly Dictionary<(int, Period), Commentary> _commentaries =
        Commentaries.ToDictionary(c => (c.IndicatorId, c.Period));

    /// <summary>Commentary in the site's other languages (<c>2024-25-q3.cy.md</c>), each with its <see cref="Commentary.Language"/>.</summary>
    public IReadOnlyList<Commentary> CommentaryTranslations { get; init; } = [];

    public Indicator? IndicatorById(int id) => _indicatorsById.GetValueOrDefault(id);

    public Commentary? CommentaryFor(int indicatorId, Period period) =>
        _commentaries.GetValueOrDefault((indicatorId, period));
}
