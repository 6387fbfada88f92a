using System.Globalization;
using System.Text;
using StaticKpi.Build;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Editing;

/// <summary>
/// <c>statickpi new period</c>: starts a committee's next scorecard. For every indicator of the committee's latest
/// report it appends an entry with an empty value to the indicator's series (keeping the file's comments and layout)
/// when the indicator's frequency takes one (<see cref="NewPeriodEntry"/>), writes a commentary stub, and writes the
/// new report listing the same indicators.
/// Nothing is written unless every file can be prepared.
/// </summary>
public static class NewPeriod
{
    public const string ReportModeline = "# yaml-language-server: $schema=../../../schemas/report.schema.json";

    public static ScaffoldResult Run(string sourceDirectory, string periodText, string committee, DateOnly producedOn)
    {
        var diagnostics = new DiagnosticBag();
        var site = CheckedContent.Load(sourceDirectory, diagnostics);
        if (site is null)
        {
            return ScaffoldResult.Failed("The site has errors; fix them first, then run this again.", diagnostics.ToSortedList());
        }

        var period = Period.TryParse(periodText, site.Config.FinancialYearStartMonth, out var periodError);
        if (period is null)
        {
            return ScaffoldResult.Failed(periodError!);
        }

        if (site.Config.CommitteeOf(committee) is null)
        {
            return ScaffoldResult.Failed(NewIndicator.UnknownCommittee(committee, site.Config));
        }

        if (site.Config.PolicyFor(period) is null)
        {
            return ScaffoldResult.Failed(
                $"No RAG policy in {SiteConfigLoader.FileName} is in force for {period}; add one under 'rag_policies' first.");
        }

        var reports = site.Reports.Where(r => r.CommitteeKey == committee).ToList();
        var existing = reports.Find(r => r.Period == period);
        if (existing is not null)
        {
            return ScaffoldResult.Failed($"There is already a report for {committee} in {period}: {existing.Location.File}.");
        }

        var latest = reports.MaxBy(r => r.Period);
        if (latest is null)
        {
            return ScaffoldResult.Failed(
                $"The committee '{committee}' has no report yet to take its indicators from. Write its first report by hand (see docs/content.md).");
        }

        var reportFile = $"{ContentLoader.ReportsFolder}/{committee}/{period.Slug}.yaml";
        if (File.Exists(Path.Combine(sourceDirectory, reportFile)))
        {
            return ScaffoldResult.Failed($"{reportFile} already exists but is not the report for {period}; rename or remove it first.");
        }

        var writes = new List<(string File, string Text, bool Created)>();
        var notes = new List<string>();
        foreach (var indicator in latest.IndicatorIds.Select(site.IndicatorById).OfType<Indicator>())
        {
            var file = indicator.Location.File;
            var entry = NewPeriodEntry.For(indicator, period);
            if (entry.Period is null)
            {
                notes.Add($"Skipped {file}: {entry.WhyNone}.");
            }
            else if (indicator.Series.Any(p => p.Period == entry.Period))
            {
                notes.Add($"{file} already has an entry for {entry.Period}; it was left as it was.");
            }
            else
            {
                var text = File.ReadAllText(Path.Combine(sourceDirectory, file));
                var updated = SeriesAppender.Append(text, indicator, entry.Period, site.Config.FinancialYearStartMonth, out var error);
                if (updated is null)
                {
                    return ScaffoldResult.Failed($"Could not add {entry.Period} to {file}: {error}. Add the entry by hand, then run this again.");
                }

                writes.Add((file, updated, false));
            }

            var commentary = $"{ContentLoader.CommentaryFolder}/{indicator.Id}/{period.Slug}.md";
            if (site.CommentaryFor(indicator.Id, period) is null && !File.Exists(Path.Combine(sourceDirectory, commentary)))
            {
                writes.Add((commentary, CommentaryStub.Text(period, PreviousCommentaryText(site, indicator.Id, period, sourceDirectory)), true));
            }
        }

        writes.Add((reportFile, ReportText(committee, period, producedOn, latest.IndicatorIds), true));
        foreach (var (file, text, _) in writes)
        {
            var path = Path.Combine(sourceDirectory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }

        notes.Add($"Next: fill in each new 'value:', write the commentary, check with 'statickpi validate', and open a pull request.");
        return new ScaffoldResult(
            [.. writes.Where(w => w.Created).Select(w => w.File)], [.. writes.Where(w => !w.Created).Select(w => w.File)], notes);
    }

    /// <summary>The text of the indicator's latest commentary before <paramref name="period"/>, or null when it has none.</summary>
    private static string? PreviousCommentaryText(Site site, int indicatorId, Period period, string sourceDirectory) =>
        site.Commentaries.Where(c => c.IndicatorId == indicatorId && c.Period.CompareTo(period) < 0).MaxBy(c => c.Period) is { } previous
            ? File.ReadAllText(Path.Combine(sourceDirectory, previous.Location.File))
            : null;

    public static string ReportText(string committee, Period period, DateOnly producedOn, IReadOnlyList<int> indicatorIds) =>
        string.Join('\n',
            ReportModeline,
            $"committee: {committee}",
            $"period: {period.Key}",
            $"produced_on: {producedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            $"indicators: [{string.Join(", ", indicatorIds)}]",
            "# highlights: []        # optional: ids of indicators to feature on the report page",
            "introduction: |",
            $"  This scorecard covers {Covers(period)}.") + "\n";

    /// <summary>"April to June 2025", "October 2024", "April 2025 to March 2026".</summary>
    private static string Covers(Period period)
    {
        static string Month(DateOnly date, bool withYear) =>
            date.ToString(withYear ? "MMMM yyyy" : "MMMM", CultureInfo.InvariantCulture);
        return period.Kind == PeriodKind.Month
            ? Month(period.Start, true)
            : $"{Month(period.Start, period.Start.Year != period.End.Year)} to {Month(period.End, true)}";
    }
}
