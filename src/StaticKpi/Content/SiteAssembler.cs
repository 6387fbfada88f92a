using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>Checks across files and assembles the <see cref="Site"/>; no file access.</summary>
/// <param name="unloadedIndicatorIds">Indicators whose own file had errors: references to them are not reported again.</param>
/// <param name="unloadedReportFiles">Report files (relative paths) that had errors: the pages they would make are unknown.</param>
public sealed class SiteAssembler(SiteConfig config, DiagnosticBag diagnostics, IReadOnlySet<int>? unloadedIndicatorIds = null,
    IReadOnlyCollection<string>? unloadedReportFiles = null)
{
    public Site Assemble(IReadOnlyList<Indicator> indicators, IReadOnlyList<Commentary> commentaries, IReadOnlyList<Report> reports)
    {
        var uniqueIndicators = UniqueIndicators(indicators);
        var byId = uniqueIndicators.ToDictionary(i => i.Id);
        var uniqueCommentaries = UniqueCommentaries(commentaries, byId);
        var uniqueReports = UniqueReports(reports, byId);
        WarnAboutUnreported(uniqueIndicators, uniqueReports);
        return new Site(config, uniqueIndicators, [.. uniqueCommentaries.Where(c => c.Language is null)], uniqueReports)
        {
            CommentaryTranslations = [.. uniqueCommentaries.Where(c => c.Language is not null)],
        };
    }

    private List<Indicator> UniqueIndicators(IReadOnlyList<Indicator> indicators)
    {
        var kept = new List<Indicator>();
        // The first of each id and of each committee's slug, looked up rather than searched for (hundreds of files).
        var byId = new Dictionary<int, Indicator>();
        var bySlug = new Dictionary<(string Committee, string Slug), Indicator>();
        foreach (var indicator in indicators)
        {
            if (byId.TryGetValue(indicator.Id, out var first))
            {
                diagnostics.Error(RuleIds.DuplicateId, indicator.Location,
                    $"Indicator id {indicator.Id} is already used by {first.Location.File}.", "Give each indicator its own id.");
                continue;
            }

            byId[indicator.Id] = indicator;
            if (!bySlug.TryAdd((indicator.CommitteeKey, indicator.Slug), indicator))
            {
                var sameSlug = bySlug[(indicator.CommitteeKey, indicator.Slug)];
                diagnostics.Warning(RuleIds.DuplicateSlug, indicator.Location,
                    $"Indicator {indicator.Id} has the same slug '{QuotedValue.Cut(indicator.Slug)}' as indicator {sameSlug.Id}.",
                    "Add a distinct 'slug:' so the two are easy to tell apart in web addresses.");
            }

            kept.Add(indicator);
        }

        return [.. kept.OrderBy(i => i.Id)];
    }

    /// <summary>
    /// An indicator no report lists has no page, no place in the open data and no search entry: it is never published,
    /// which an editor who added it but forgot the report would not notice. Not judged while a report file has errors
    /// of its own, since it may well list the indicator.
    /// </summary>
    private void WarnAboutUnreported(List<Indicator> indicators, List<Report> reports)
    {
        if (unloadedReportFiles is { Count: > 0 })
        {
            return;
        }

        var listed = reports.SelectMany(r => r.IndicatorIds).ToHashSet();
        foreach (var indicator in indicators.Where(i => !listed.Contains(i.Id)))
        {
            diagnostics.Warning(RuleIds.IndicatorInNoReport, indicator.Location,
                $"Indicator {indicator.Id} is not in any report's 'indicators' list, so it is never published.",
                $"Add {indicator.Id} to the 'indicators' of the report it belongs in, or delete this file if it is no longer reported.");
        }
    }

    private List<Commentary> UniqueCommentaries(IReadOnlyList<Commentary> commentaries, Dictionary<int, Indicator> indicators)
    {
        var kept = new Dictionary<(int, Period, string?), Commentary>();
        foreach (var commentary in commentaries)
        {
            if (!indicators.ContainsKey(commentary.IndicatorId))
            {
                if (unloadedIndicatorIds?.Contains(commentary.IndicatorId) == true)
                {
                    continue;
                }

                diagnostics.Error(RuleIds.UnknownIndicator, commentary.Location,
                    $"This commentary is for indicator {commentary.IndicatorId}, which does not exist.",
                    "Check the folder name or front matter, or add the indicator's YAML file.");
                continue;
            }

            if (!kept.TryAdd((commentary.IndicatorId, commentary.Period, commentary.Language), commentary))
            {
                var first = kept[(commentary.IndicatorId, commentary.Period, commentary.Language)].Location.File;
                // Names that differ only in capitals are one file to Windows and macOS: the second would overwrite the first.
                var capitalsOnly = string.Equals(first, commentary.Location.File, StringComparison.OrdinalIgnoreCase);
                diagnostics.Error(RuleIds.DuplicateCommentary, commentary.Location,
                    $"There is already commentary for indicator {commentary.IndicatorId} in {commentary.Period}, in {first}" +
                    (capitalsOnly ? ": the two names differ only in capitals." : "."),
                    $"Keep one commentary file per indicator and period: move what this file adds into {first} and delete this one.");
            }
        }

        return [.. kept.Values];
    }

    private List<Report> UniqueReports(IReadOnlyList<Report> reports, Dictionary<int, Indicator> indicators)
    {
        var kept = new List<Report>();
        var keys = new HashSet<(string Committee, Period Period)>();
        foreach (var report in reports)
        {
            if (!keys.Add((report.CommitteeKey, report.Period)))
            {
                var first = kept.First(r => r.CommitteeKey == report.CommitteeKey && r.Period == report.Period).Location.File;
                diagnostics.Error(RuleIds.DuplicateReport, report.Location,
                    $"There is already a report for {report.CommitteeKey} in {report.Period}, in {first}.",
                    "Keep one report per committee and period: delete one of the two files.");
                continue;
            }

            foreach (var id in report.IndicatorIds)
            {
                if (!indicators.TryGetValue(id, out var indicator))
                {
                    if (unloadedIndicatorIds?.Contains(id) == true)
                    {
                        continue;
                    }

                    diagnostics.Error(RuleIds.UnknownIndicator, report.LocationOf(id),
                        $"The report lists indicator {id}, which does not exist.", "Remove it from 'indicators' or add its YAML file.");
                    continue;
                }

                var end = report.Period.End;
                var current = indicator.Series.LastOrDefault(p => p.Period.Start <= end);
                // An empty value with a note is a gap the editor has explained (the note is shown on the page).
                var explained = current is { Value: null, Note: not null };
                if (current?.Value is null && !explained && indicator.Status is not IndicatorStatus.InDevelopment and not IndicatorStatus.Suspended)
                {
                    var fix = current is null
                        ? $"Add a series entry for {report.Period} to {indicator.Location.File}."
                        : $"Fill in the value of the {current.Period} entry at {current.Location}, or add a 'note:' saying why there is no figure.";
                    diagnostics.Warning(RuleIds.MissingValue, report.LocationOf(id),
                        $"Indicator {id} has no value for {report.Period}, so it is shown as 'No data'.", fix);
                }
            }

            kept.Add(report);
        }

        return kept;
    }
}
