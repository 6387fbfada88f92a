using StaticKpi.Content;
using StaticKpi.Editing;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Starting;

/// <summary>
/// The new site's one indicator, its commentary and the committee's first report. The text is a realistic sample,
/// not placeholders: the new site must validate with no findings even where CI makes placeholders errors, and the
/// editors' README says which files to replace.
/// </summary>
internal static class SampleContent
{
    public const int IndicatorId = 1;
    public const string IndicatorTitle = "Freedom of Information requests answered on time";

    /// <summary>The sample figures, oldest first, ending in the sample report's quarter.</summary>
    private static readonly string[] Values = ["86.0", "88.5", "91.2", "92.4"];

    public static string IndicatorFile => $"{ContentLoader.IndicatorsFolder}/{IndicatorId}-{Slugs.From(IndicatorTitle)}.yaml";

    public static string CommentaryFile(Period period) => $"{ContentLoader.CommentaryFolder}/{IndicatorId}/{period.Slug}.md";

    public static string ReportFile(NewSiteAnswers answers) =>
        $"{ContentLoader.ReportsFolder}/{answers.CommitteeKey}/{answers.SamplePeriod.Slug}.yaml";

    /// <summary><c>statickpi new indicator</c>'s file, with its defaults filled in for the sample and four quarters of figures.</summary>
    public static string Indicator(NewSiteAnswers answers)
    {
        var lines = NewIndicator.Text(IndicatorId, IndicatorTitle, answers.CommitteeKey).TrimEnd('\n').Split('\n').ToList();
        Fill(lines, "service", "Information governance");
        Fill(lines, "unit", "percent");
        Fill(lines, "precision", "1");
        Fill(lines, "target", "90");
        Fill(lines, "data_source", "Case management system");
        var placeholder = lines.FindIndex(l => l.TrimStart().StartsWith(Placeholders.Marker, StringComparison.Ordinal));
        lines[placeholder] = "  The share of requests under the Freedom of Information Act answered within the legal limit of 20 working days.";
        var periods = Quarters(answers.SamplePeriod);
        for (var i = 0; i < periods.Count; i++)
        {
            lines.Add($"  - period: {periods[i].Key}");
            lines.Add($"    value: {Values[i]}");
        }

        return string.Join('\n', lines) + "\n";
    }

    public static string Commentary(Period period) =>
        $"## {CommentaryLoader.CommentaryTitle}\n" +
        $"{Values[^1]}% of requests were answered within 20 working days in {period.DisplayName}, above the target of 90%\n" +
        "and up from the quarter before. Fewer requests were held up waiting for information from other services.\n\n" +
        $"## {CommentaryLoader.ActionsTitle}\n" +
        "- Keep the weekly check of requests that are close to their deadline.\n" +
        "- Publish the answers to common requests, so that fewer requests are needed.\n";

    public static string Report(NewSiteAnswers answers) =>
        NewPeriod.ReportText(answers.CommitteeKey, answers.SamplePeriod, answers.SamplePeriod.End.AddDays(1), [IndicatorId]);

    /// <summary>The sample report's quarter and the three before it, oldest first.</summary>
    private static List<Period> Quarters(Period last)
    {
        var quarters = new List<Period> { last };
        while (quarters.Count < Values.Length)
        {
            quarters.Insert(0, quarters[0].Previous());
        }

        return quarters;
    }

    /// <summary>Gives the top-level <paramref name="key"/> a value, keeping the comment that says what it takes.</summary>
    private static void Fill(List<string> lines, string key, string value)
    {
        var index = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        var line = lines[index];
        var comment = line.IndexOf('#', StringComparison.Ordinal);
        var filled = $"{key}: {value}";
        lines[index] = comment < 0 ? filled : filled.PadRight(comment - 1) + " " + line[comment..];
    }
}
