using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>Reads one report file (<c>content/reports/&lt;committee&gt;/&lt;period&gt;.yaml</c>).</summary>
public static class ReportLoader
{
    public static readonly string[] Keys = ["committee", "period", "produced_on", "title", "indicators", "highlights", "introduction"];

    public static Report? Load(string text, string file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var root = YamlFile.ParseMapping(text, file, diagnostics);
        if (root is null)
        {
            return null;
        }

        var map = new YamlMap(root, file, diagnostics, Keys, sourceText: text);
        var committee = map.String("committee", required: true);
        if (committee is not null && config.CommitteeOf(committee) is null)
        {
            var suggestion = Suggestions.Closest(committee, config.Committees.Select(c => c.Key));
            diagnostics.Error(RuleIds.UnknownCommittee, map.LocationOf("committee"),
                $"There is no committee '{QuotedValue.Cut(committee)}' in {SiteConfigLoader.FileName}.",
                suggestion is null ? "Use a key listed under 'committees'." : $"Did you mean '{suggestion}'?");
            committee = null;
        }

        var period = map.Period("period", config.FinancialYearStartMonth, required: true);
        if (period is not null && config.PolicyFor(period) is null)
        {
            diagnostics.Error(RuleIds.BadPeriod, map.LocationOf("period"),
                $"No RAG policy in {SiteConfigLoader.FileName} is in force for {period}.",
                "Add a policy under 'rag_policies' whose effective_from is on or before this period.");
            period = null;
        }

        if (period is not null && PeriodInFileName(file, config) is { } named && named != period)
        {
            // Every page and link of the report would be for a period other than its name says: one error naming
            // both, and the report is not loaded, so its commentary is not reported as shown by no report.
            diagnostics.Error(RuleIds.ReportPeriodMismatch, map.LocationOf("period"),
                $"The file name says this report is for {named} but 'period:' says {period}.",
                $"Make them agree: correct 'period:' to {named.Key}, or rename the file to {period.Slug}.yaml.");
            period = null;
        }

        var producedOn = map.Date("produced_on", required: true);
        var texts = new TranslatableField(config.Languages);
        var title = texts.Read(map, "title");
        var locations = new Dictionary<int, SourceLocation>();
        var indicators = IdList(map, "indicators", required: true, locations);
        var highlights = IdList(map, "highlights", required: false, null);
        var introductionLinks = new List<MarkdownLink>();
        var (introduction, _) = MarkdownField.RenderTranslatable(map, "introduction", texts, introductionLinks);
        if (committee is null || period is null || producedOn is null)
        {
            return null;
        }

        foreach (var id in highlights.Where(id => !indicators.Contains(id)))
        {
            diagnostics.Error(RuleIds.UnknownIndicator, map.LocationOf("highlights"),
                $"Indicator {id} is highlighted but is not in this report's 'indicators' list.",
                "Add it to 'indicators' or remove it from 'highlights'.");
        }

        return new Report(committee, period, producedOn.Value, title, indicators, highlights, introduction, map.Location, locations,
            introductionLinks)
        {
            Translations = texts.Translations,
        };
    }

    /// <summary>The period a report's file name gives (<c>2024-25-q3.yaml</c>), or null when the name is not a period.</summary>
    private static Period? PeriodInFileName(string file, SiteConfig config) =>
        Period.TryParse(Path.GetFileNameWithoutExtension(file), config.FinancialYearStartMonth, out _);

    private static IReadOnlyList<int> IdList(YamlMap map, string key, bool required, Dictionary<int, SourceLocation>? locations)
    {
        var ids = new List<int>();
        foreach (var node in map.Sequence(key, required))
        {
            if (node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && int.TryParse(text, out var id))
            {
                if (ids.Contains(id))
                {
                    map.Diagnostics.Error(RuleIds.DuplicateId, map.LocationOf(node), $"Indicator {id} is listed twice in '{key}'.",
                        "List each indicator once.");
                    continue;
                }

                ids.Add(id);
                locations?.TryAdd(id, map.LocationOf(node));
            }
            else
            {
                map.Diagnostics.Error(RuleIds.WrongType, map.LocationOf(node), $"Each item of '{key}' should be an indicator id (a whole number).");
            }
        }

        return ids;
    }
}
