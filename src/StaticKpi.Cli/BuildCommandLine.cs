using System.CommandLine;
using System.Globalization;
using StaticKpi.Build;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Output;

namespace StaticKpi.Cli;

/// <summary><c>statickpi build</c>: load, validate, render and write the site.</summary>
internal static class BuildCommandLine
{
    /// <param name="environment">Reads an environment variable: <c>CI</c> makes the build strict (<see cref="Strictness"/>).</param>
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var source = CommonOptions.Source();
        var output = new Option<DirectoryInfo?>("--output", "-o")
        {
            Description = "Where to write the site (default: _site inside the site folder). It is replaced whole, only when the build succeeds, " +
                "and only if it is new, empty or a previous StaticKpi output; never the site folder, a git work tree or your home folder.",
        };
        var check = new Option<bool>("--check")
        {
            Description = "After a successful build, run 'statickpi check' on the output; exit with 1 if it finds problems.",
        };
        var timings = new Option<bool>("--timings")
        {
            Description = "Print how long each stage of the build took, and the garbage collector's work.",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Refuse to publish text left for you to replace ('Replace this sentence…'): report it as an error and " +
                          "leave the existing site as it was. Always on in CI (when the environment has CI=true).",
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Build everything from scratch, without reading or writing the build cache (the hidden folder ." +
                          "<output name>.statickpi-cache beside the output, which lets a build redo only what changed; safe to delete).",
        };
        var command = new Command("build", "Build the website from the site folder.") { source, output, check, timings, strict, noCache };
        command.SetAction(parse =>
        {
            var sourceDirectory = parse.GetValue(source)!.FullName;
            var outputDirectory = parse.GetValue(output)?.FullName ?? Path.Combine(sourceDirectory, "_site");
            // A build replaces its output folder whole: a folder it must never replace is a usage error, said plainly.
            if (OutputLocation.Check(sourceDirectory, outputDirectory) is { } refusal)
            {
                stderr.WriteLine($"error: {refusal.Message}");
                stderr.WriteLine(refusal.Fix);
                return StatickpiCli.UsageError;
            }

            var stages = parse.GetValue(timings) ? new BuildTimings() : null;
            var isStrict = parse.GetValue(strict) || Strictness.IsContinuousIntegration(environment);
            var options = new BuildOptions(sourceDirectory, outputDirectory, isStrict)
            {
                CacheDirectory = parse.GetValue(noCache) ? null : BuildOptions.CacheBeside(outputDirectory),
            };
            var result = SiteBuild.Run(options, stages);
            DiagnosticPrinter.Print(result.Diagnostics, stderr);
            if (!result.Succeeded)
            {
                var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
                stderr.WriteLine($"Build failed with {errors} error{(errors == 1 ? "" : "s")}; the existing site was left as it was.");
                return StatickpiCli.ContentErrors;
            }

            stdout.WriteLine(Summary(result, outputDirectory));
            if (stages is not null)
            {
                stdout.WriteLine(stages.Describe());
            }

            return parse.GetValue(check)
                ? CheckCommandLine.Run(outputDirectory, stdout, stderr, CheckCommandLine.SitePathOf(sourceDirectory))
                : StatickpiCli.Success;
        });
        return command;
    }

    /// <summary>The console speaks English whatever the site's language: the default theme's rating names.</summary>
    private static readonly Lazy<SiteStrings> ConsoleWords = new(() => SiteStrings.Default());

    private static string Summary(BuildResult result, string outputDirectory)
    {
        var ratings = result.RatingCounts.Count == 0
            ? "no indicators"
            : string.Join(", ", result.RatingCounts.Select(r => $"{r.Value} {Labels.Rating(ConsoleWords.Value, r.Key)}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var warnings = result.Diagnostics.Count;
        return $"Built {result.PagesWritten} pages ({result.FilesWritten} files) in {seconds} s to {outputDirectory}; " +
               $"latest reports: {ratings}; {warnings} warning{(warnings == 1 ? "" : "s")}.";
    }
}
