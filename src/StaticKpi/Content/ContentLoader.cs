using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// Loads a whole site from its source folder: configuration, indicators, commentary and reports, then the
/// checks that need more than one file (duplicate ids, unknown indicators, missing values).
/// In a build this is the only stage that reads content files; everything after it works on the <see cref="Site"/>
/// (<c>new</c> and <c>import</c> read and rewrite single files of their own, in <c>Editing</c> and <c>Import</c>).
/// The checks that need to know which pages a build writes (links within the site, commentary no page shows) come
/// after it: <c>Build/CheckedContent.Load</c> is this stage and them, as <c>build</c> and <c>validate</c> run it.
/// </summary>
public static class ContentLoader
{
    public const string IndicatorsFolder = "content/indicators";
    public const string CommentaryFolder = "content/commentary";
    public const string ReportsFolder = "content/reports";

    /// <returns>The site, or null when any error was reported (every problem found is in <paramref name="diagnostics"/>).</returns>
    public static Site? Load(string sourceDirectory, DiagnosticBag diagnostics) => SiteSources.Load(sourceDirectory).Assemble(diagnostics);
}
