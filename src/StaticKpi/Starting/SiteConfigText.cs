using StaticKpi.Content;
using StaticKpi.Model;

namespace StaticKpi.Starting;

/// <summary>The new site's <c>site.config.yaml</c>: the answers, and a comment on each setting an editor may change.</summary>
internal static class SiteConfigText
{
    /// <summary>The content format version the file is written in (site.config.yaml's <c>format:</c>).</summary>
    public const int Format = ContentFormat.Current;

    public const string Modeline = "# yaml-language-server: $schema=schemas/site-config.schema.json";

    public static string For(NewSiteAnswers answers)
    {
        var lines = new List<string>
        {
            Modeline,
            YamlText.Commented($"format: {Format}", "the version of StaticKpi's content format; statickpi migrate updates it"),
            $"title: {YamlText.Scalar(TitleOf(answers.Organisation))}",
            $"organisation: {YamlText.Scalar(answers.Organisation)}",
            YamlText.Commented($"base_url: {YamlText.Scalar(answers.SiteAddress)}", "the full address the site is published at"),
            "language: en-GB",
            YamlText.Commented("financial_year_start_month: 4", "April"),
            "currency_symbol: \"£\"",
            YamlText.Commented("committees:", "add a committee with its own key and name"),
            $"  - key: {answers.CommitteeKey}",
            $"    name: {YamlText.Scalar(answers.CommitteeName)}",
            YamlText.Commented("rag_policies:", "the policy in force for a period is the latest one whose"),
            YamlText.Commented($"  - name: {PolicyName(answers.Policy)}", "effective_from is on or before that period"),
            $"    effective_from: {FirstPolicyPeriod(answers.SamplePeriod).Key}",
            YamlText.Commented($"    red_threshold: {YamlText.Number(answers.RedThreshold)}",
                $"percent off target: more than {YamlText.Number(answers.RedThreshold)}% is Red, less is Amber"),
            YamlText.Commented("    red_includes_threshold: false", $"true: {YamlText.Number(answers.RedThreshold)}% or more is Red"),
        };
        if (answers.Policy == RagPolicyChoice.RedAmberGreenBlue)
        {
            var blue = YamlText.Number(answers.BlueThreshold ?? answers.RedThreshold);
            lines.Add(YamlText.Commented($"    blue_threshold: {blue}", $"percent better than target: more than {blue}% is Blue"));
            lines.Add(YamlText.Commented("    blue_includes_threshold: false", $"true: {blue}% or more is Blue"));
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The site's title, the heading of its home page.</summary>
    public static string TitleOf(string organisation) => $"{organisation} performance scorecards";

    private static string PolicyName(RagPolicyChoice policy) => policy == RagPolicyChoice.RedAmberGreenBlue
        ? "Red, Amber, Green and Blue"
        : "Red, Amber and Green";

    /// <summary>
    /// The start of the financial year before the sample report's: the sample figures go back a year, and each needs a
    /// policy in force to be rated.
    /// </summary>
    public static Period FirstPolicyPeriod(Period samplePeriod) =>
        Period.Quarter(samplePeriod.FinancialYearOf - 1, 1, samplePeriod.FinancialYearStartMonth);
}
