namespace StaticKpi.Starting;

/// <summary>
/// <c>statickpi init</c>'s files: a whole site that validates, builds and checks with no findings as it is. Pure:
/// the same answers always give the same files, byte for byte, in the same order.
/// </summary>
public static class NewSite
{
    public static IReadOnlyList<NewSiteFile> Files(NewSiteAnswers answers)
    {
        var period = answers.SamplePeriod;
        var indicator = SampleContent.IndicatorFile;
        var commentary = SampleContent.CommentaryFile(period);
        var report = SampleContent.ReportFile(answers);
        return
        [
            new(EditorsReadme.FileName, EditorsReadme.For(answers, indicator, commentary, report)),
            new(Content.SiteConfigLoader.FileName, SiteConfigText.For(answers)),
            new(indicator, SampleContent.Indicator(answers)),
            new(commentary, SampleContent.Commentary(period)),
            new(report, SampleContent.Report(answers)),
            new(".github/workflows/pull-request.yml", WorkflowTexts.PullRequest),
            new(".github/workflows/deploy.yml", WorkflowTexts.Deploy),
            new(".vscode/settings.json", EditorSettingsTexts.VsCodeSettings),
            .. EditorSettingsTexts.Schemas(),
            new(".gitignore", EditorSettingsTexts.GitIgnore),
            new(".editorconfig", EditorSettingsTexts.EditorConfig),
        ];
    }
}
