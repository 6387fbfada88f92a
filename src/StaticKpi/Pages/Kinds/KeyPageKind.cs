using StaticKpi.Localisation;
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
        var strings = context.Strings;
        string[] keys =
        [
            "target", "current", "previous", "direction", "change", "neighbours", "england", "rag", "description", "commentary",
            "actions", "path_to_green",
        ];
        KeyTermView[] terms = [.. keys.Select(k => Term(strings, k))];
        var used = KeyExtras(site, strings);
        // After "Previous period", beside the terms they qualify.
        terms = [.. terms[..3], .. used.Terms, .. terms[3..]];
        var policies = site.Config.RagPolicies
            .Select(p => new PolicyView(p.Name, p.EffectiveFrom.DisplayName,
                [.. new[] { Rating.Red, Rating.Amber, Rating.Green, Rating.Blue }
                    .Where(r => r != Rating.Blue || p.UsesBlue)
                    .Select(r => context.Views.Rating(r, p))])
            {
                NameLanguage = p.Language,
            })
            .Reverse()
            .ToList();
        var statuses = new[] { Rating.Baseline, Rating.Contextual, Rating.InDevelopment, Rating.Suspended, Rating.NoData }
            .Concat(used.Ratings)
            .Select(r => context.Views.Rating(r, latest))
            .ToList();
        return new KeyPage(path, context.Strings.Text("key.title"), SitePaths.RootFrom(path), PageParts.Crumbs(context.Strings, path),
            terms, policies, statuses)
        { LastModified = page.LastModified };
    }

    /// <summary>
    /// The terms and ratings the key explains only when the site's content uses them (a provisional figure, a rating
    /// not given yet, a period before any target, a baseline figure, a year-to-date count), so a site without them
    /// keeps a short key.
    /// </summary>
    private static (IReadOnlyList<KeyTermView> Terms, IReadOnlyList<Rating> Ratings) KeyExtras(Site site, SiteStrings strings)
    {
        var indicators = site.Indicators;
        var terms = new List<KeyTermView>();
        var ratings = new List<Rating>();
        if (indicators.Any(i => i.Baseline is not null))
        {
            terms.Add(Term(strings, "baseline"));
        }

        if (indicators.Any(i => i.Series.Any(p => p.Provisional)))
        {
            terms.Add(Term(strings, "provisional"));
        }

        if (indicators.Any(i => i.Targets.Count > 0))
        {
            terms.Add(Term(strings, "targets_change"));
        }

        if (indicators.Any(i => i.IsYearToDate))
        {
            terms.Add(Term(strings, "year_to_date"));
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

    /// <summary>A term of the key and its explanation, from the string catalogue's <c>key_term</c> group.</summary>
    private static KeyTermView Term(SiteStrings strings, string key) =>
        new(strings.Text("key_term." + key), strings.Text("key_term." + key + "_text"));
}
