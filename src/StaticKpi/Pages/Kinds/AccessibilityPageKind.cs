using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Pages.Kinds;

/// <summary>The site's accessibility statement, from the site's settings or the default statement.</summary>
public sealed class AccessibilityPageKind() : SinglePageKind("accessibility", SitePaths.Accessibility)
{
    protected override DateOnly? LastModified(PlanContext plan)
    {
        var statement = plan.Site.Config.Accessibility ?? AccessibilityStatement.Default;
        return statement.LastReviewed ?? statement.Prepared;
    }

    public override PageModel Build(PlannedPage page, PageContext context, IReadOnlyList<PageModel> reprinted)
    {
        var path = page.OutputPath;
        var site = context.Site;
        var statement = site.Config.Accessibility ?? AccessibilityStatement.Default;
        var compliance = context.Strings.Text(EnumKeys<ComplianceStatus>.Of("accessibility.compliance_status", statement.Compliance));
        string? Date(DateOnly? date) => date is { } d ? context.Views.Format.Date(d) : null;
        // Who tested the site and what is known not to work are the editors' own text, in the default language on
        // every page; on another language's pages they are marked as such. The theme's default is in the page's language.
        var editorsLanguage = context.Language.Code == site.Config.DefaultLanguage.Code ? null : site.Config.DefaultLanguage.Code;
        return new AccessibilityPage(path, context.Strings.Format("accessibility.title", ("site", site.Config.Title)), SitePaths.RootFrom(path),
            PageParts.Crumbs(context.Strings, path),
            statement.ContactEmail, statement.ContactPhone, statement.ResponseDays, compliance, statement.KnownIssues,
            Date(statement.LastTested), statement.TestedBy ?? context.Strings.Text("accessibility.tested_by_default"),
            Date(statement.Prepared), Date(statement.LastReviewed))
        {
            KnownIssuesLanguage = statement.KnownIssues.Count == 0 ? null : editorsLanguage,
            TestedByLanguage = statement.TestedBy is null ? null : editorsLanguage,
            LastModified = page.LastModified,
            TitleHtml = MarkedText.Format(context.Strings, "accessibility.title", ("site", site.Config.Title, site.Config.TitleLanguage)),
        };
    }
}
