namespace StaticKpi.Starting;

/// <summary>
/// The new site's README.md: for the performance officers who edit it, in plain words. It names the sample files to
/// replace, and every command in it is a real one (a test parses each with the tool's own parser).
/// </summary>
internal static class EditorsReadme
{
    public const string FileName = "README.md";

    /// <summary>The NuGet package that puts <c>statickpi</c> on an editor's PATH.</summary>
    private const string ToolPackage = "StaticKpi.Tool";

    public static string For(NewSiteAnswers answers, string indicatorFile, string commentaryFile, string reportFile)
    {
        var next = answers.SamplePeriod.Next();
        var committee = answers.CommitteeKey;
        return $$"""
            # {{SiteConfigText.TitleOf(answers.Organisation)}}

            This folder holds the figures and commentary of our performance scorecards. StaticKpi turns them into the
            website at {{answers.SiteAddress}}. Each indicator is a YAML file, each commentary a Markdown file, and each
            committee's scorecard for a quarter is a report file that lists its indicators.

            ## What to replace first

            The site starts with one sample indicator, so that it builds and you can see how a page looks. Replace it
            with your own, or change it:

            - `{{indicatorFile}}`: the sample indicator, with four quarters of figures.
            - `{{commentaryFile}}`: its commentary for {{answers.SamplePeriod.DisplayName}}.
            - `{{reportFile}}`: the committee's first scorecard, which lists the indicators it shows.
            - `site.config.yaml`: the site's name, address, committees and how ratings are worked out (the RAG policy).

            ## Installing the tool

            Install .NET (version 10 or later) and then the tool, once:

            ```sh
            dotnet tool install --global {{ToolPackage}}
            ```

            ## Adding a quarter

            1. Start the quarter's files for the committee:

               ```sh
               statickpi new period "{{next.Key}}" --committee {{committee}}
               ```

               This adds an empty `value:` for {{next.DisplayName}} to every indicator of the committee's latest report,
               a commentary file for each with sentences starting "Replace this sentence", and the new report.
            2. Fill in each new `value:` (or import them from a spreadsheet with `statickpi import figures.csv`).
            3. Write the commentary in place of each "Replace this sentence".
            4. Check your work; every problem is listed with its file, line and what to do:

               ```sh
               statickpi validate
               ```

            5. Open a pull request (see below).

            To add an indicator, run `statickpi new indicator --title "Its name" --committee {{committee}}`: it tells you
            the next free number to give with `--id`.

            ## Seeing the site before it is published

            ```sh
            statickpi serve
            ```

            This prints an address such as `http://127.0.0.1:53117/`: open it in your browser. The page updates by itself
            each time you save a file, and shows what is wrong if a file has a mistake. Press Ctrl+C to stop.

            ## How a change is checked and published

            Make your changes on a branch and open a pull request. GitHub then checks it
            (`.github/workflows/pull-request.yml`): any problem in the content is shown on the line that has it, then the
            site is built and every page checked for accessibility and broken links. Sentences still starting "Replace
            this sentence" are errors there. Merge the pull request when the check passes.

            When main changes, `.github/workflows/deploy.yml` builds and checks the site again and publishes it to GitHub
            Pages. Turn Pages on once: Settings, Pages, Source: GitHub Actions.

            ## Editor support

            In Visual Studio Code with the YAML extension (Red Hat), the files in `schemas/` suggest each field and mark
            mistakes as you type. Run `statickpi schema` after updating the tool to refresh them.

            """;
    }
}
