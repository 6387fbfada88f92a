using System.CommandLine;
using StaticKpi.Checks;

namespace StaticKpi.Cli;

/// <summary>
/// <c>statickpi check</c>: WCAG 2.2 AA and link checks over a written site, without a browser. Exit codes:
/// 0 no findings, 1 findings, 2 usage (including an output folder that does not exist).
/// </summary>
internal static class CheckCommandLine
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = CommonOptions.Output("The built site to check (default: _site in the current folder).", "_site");
        var source = CommonOptions.Source();
        var command = new Command("check", "Check the built site against WCAG 2.2 AA rules and for broken links and anchors.") { output, source };
        command.SetAction(parse => Run(parse.GetValue(output)!.FullName, stdout, stderr, SitePathOf(parse.GetValue(source)!.FullName)));
        return command;
    }

    /// <summary>The path the site in a folder is published under ("/performance/"), from its base_url; "/" without one.</summary>
    public static string SitePathOf(string sourceDirectory) =>
        new Model.SiteAddress(Content.SiteConfigLoader.BaseUrlIn(sourceDirectory) ?? "/").Path;

    /// <summary>Checks the site in <paramref name="outputDirectory"/>, printing one line per finding and a summary.</summary>
    public static int Run(string outputDirectory, TextWriter stdout, TextWriter stderr, string sitePath = "/")
    {
        if (!Directory.Exists(outputDirectory))
        {
            stderr.WriteLine($"error: There is no site to check at {TerminalText.Escape(outputDirectory)}. " +
                "Run 'statickpi build' first, or pass the built site's folder with --output.");
            return StatickpiCli.UsageError;
        }

        var result = new SiteChecker().Check(outputDirectory, sitePath);
        foreach (var finding in result.Findings)
        {
            // A finding quotes the page's text (a link, an image's alt text), which comes from content.
            stdout.WriteLine(TerminalText.Escape(finding.ToString()));
        }

        stdout.WriteLine(Summary(result));
        return result.Passed ? StatickpiCli.Success : StatickpiCli.ContentErrors;
    }

    private static string Summary(CheckResult result)
    {
        var pages = result.PagesChecked;
        var findings = result.Findings.Count;
        return $"{pages} page{(pages == 1 ? "" : "s")} checked, {findings} finding{(findings == 1 ? "" : "s")}";
    }
}
