using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>The key to the scorecards: what each column means, each rating policy and the statuses in use.</summary>
public sealed class KeyPageKind() : SinglePageKind("key", SitePaths.Key)
{
    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted)
    {
        var path = page.OutputPath;
        var site = context.Site;
        var latest = site.Config.RagPolicies[^1];
        string[][] terms =
        [
            ["Target",
                "The level of performance set for the indicator in the reporting period. A target can be a single " +
                "value or a range; 'To be confirmed' means one is still being set."],
            ["Current period", "The latest figure available for the reporting period. For a monthly measure this is the last month of the quarter."],
            ["Previous period", "The figure it is compared with: usually the period before, sometimes the same period a year earlier."],
            ["Direction for improvement", "Whether good performance is a higher (↑) or a lower (↓) figure."],
            ["Change in performance",
                "Improving or declining, found by comparing the current figure with the previous one in the direction " +
                "for improvement. Unchanged when the two are equal as displayed; not applicable when there is no " +
                "previous figure or no preferred direction."],
            ["Statistical neighbours mean", "The average of similar authorities, given for comparison, from the latest data available."],
            ["England mean", "The average across England, given for comparison, from the latest national data."],
            ["RAG rating",
                "A rating computed from the current figure and its target under the rating policy below. An editor " +
                "can replace a computed rating only with a stated reason, which the indicator's page shows."],
            ["Indicator description", "How the measure is calculated, based on a national definition where there is one."],
            ["Commentary", "An explanation of the changes in performance during the period."],
            ["Actions", "What is being done to address under-performance."],
            ["Path to green", "The steps and timescale expected to bring the indicator back on target."],
        ];
        var used = KeyExtras(site);
        // After "Previous period", beside the terms they qualify.
        terms = [.. terms[..3], .. used.Terms, .. terms[3..]];
        var policies = site.Config.RagPolicies
            .Select(p => new PolicyView(p.Name, p.EffectiveFrom.DisplayName,
                [.. new[] { Rating.Red, Rating.Amber, Rating.Green, Rating.Blue }
                    .Where(r => r != Rating.Blue || p.UsesBlue)
                    .Select(r => context.Views.Rating(r, p))]))
            .Reverse()
            .ToList();
        var statuses = new[] { Rating.Baseline, Rating.Contextual, Rating.InDevelopment, Rating.Suspended, Rating.NoData }
            .Concat(used.Ratings)
            .Select(r => context.Views.Rating(r, latest))
            .ToList();
        return new KeyPage(path, context.Strings.Text("key.title"), SitePaths.RootFrom(path), PageParts.Crumbs(context.Strings, path),
            [.. terms.Select(t => new KeyTermView(t[0], t[1]))], policies, statuses)
        { LastModified = page.LastModified };
    }

    /// <summary>
    /// The terms and ratings the key explains only when the site's content uses them (a provisional figure, a rating
    /// not given yet, a period before any target, a baseline figure, a year-to-date count), so a site without them
    /// keeps a short key.
    /// </summary>
    private static (IReadOnlyList<string[]> Terms, IReadOnlyList<Rating> Ratings) KeyExtras(Site site)
    {
        var indicators = site.Indicators;
        var terms = new List<string[]>();
        var ratings = new List<Rating>();
        if (indicators.Any(i => i.Baseline is not null))
        {
            terms.Add(["Baseline",
                "The figure an indicator is tracked against, and the period (or span of periods) it was taken from. " +
                "It is shown where a target would be when the indicator has none."]);
        }

        if (indicators.Any(i => i.Series.Any(p => p.Provisional)))
        {
            terms.Add(["Provisional", "A figure not yet validated, which may change when it is. Its rating may be held back until then."]);
        }

        if (indicators.Any(i => i.Targets.Count > 0))
        {
            terms.Add(["Targets that change",
                "Each figure is rated against the target in force for its own period, not today's. A figure for a " +
                "period before any target was set has no target and is not rated."]);
        }

        if (indicators.Any(i => i.IsYearToDate))
        {
            terms.Add(["Year to date",
                "A running total that starts again at the beginning of each financial year. It is compared with the " +
                "period before in the same year; the first period of a year is compared with the same period last " +
                "year, never with the end of the year before."]);
        }

        if (indicators.Any(i => i.Series.Any(p => p.RatingWithheld && p.Override is null)))
        {
            ratings.Add(Rating.Withheld);
        }

        if (indicators.Any(i => i.Series.Any(p => !p.RatingWithheld && p.Override is null && i.HasNoTargetFor(p))))
        {
            ratings.Add(Rating.NoTarget);
        }

        return (terms, ratings);
    }
}
