using StaticKpi.Checks;

namespace StaticKpi.Tests.Checks;

/// <summary>A written site in a temporary folder, made of the pages a test writes, checked by <see cref="SiteChecker"/>.</summary>
internal sealed class CheckSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Root => _folder.Path;

    /// <summary>Checks a site holding just <c>page.html</c> (plus any extra files) and returns every finding.</summary>
    public static IReadOnlyList<Finding> CheckPage(string html, params (string Path, string Text)[] files)
    {
        using var site = new CheckSite();
        site.Write("page.html", html);
        foreach (var (path, text) in files)
        {
            site.Write(path, text);
        }

        return site.Check();
    }

    public CheckSite Write(string path, string text)
    {
        var full = Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public IReadOnlyList<Finding> Check() => new SiteChecker().Check(Root).Findings;

    public void Dispose() => _folder.Dispose();
}

internal static class TestPage
{
    /// <summary>A page that passes every rule; <c>{main}</c> is replaced by the content under test.</summary>
    public const string Skeleton = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>Test page | Checks</title>
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header><nav aria-label="Site"><a href="page.html">Home</a></nav></header>
        <main id="main" tabindex="-1">
        <h1>Test page</h1>
        {main}
        </main>
        <footer><p>Published by Example County Council.</p></footer>
        </body>
        </html>
        """;

    public static string Valid => With("");

    public static string With(string main) => Skeleton.Replace("{main}", main, StringComparison.Ordinal);

    /// <summary>The valid page with one piece of its skeleton replaced; fails if the piece is not there.</summary>
    public static string Replacing(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }
}

internal static class FindingAssert
{
    public static IReadOnlyList<(string Page, string Selector, string RuleId, string Criterion)> Tuples(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => (f.Page, f.Selector, f.RuleId, f.SuccessCriterion))];

    /// <summary>The broken page gives exactly this one finding, and the fixed page gives none at all.</summary>
    public static void BrokenThenFixed(string broken, string @fixed, string selector, string ruleId, string criterion,
        params (string Path, string Text)[] files)
    {
        var findings = CheckSite.CheckPage(broken, files);
        Assert.Equal([("page.html", selector, ruleId, criterion)], Tuples(findings));
        Assert.False(string.IsNullOrWhiteSpace(findings[0].Message));
        Assert.False(string.IsNullOrWhiteSpace(findings[0].Fix));

        var after = CheckSite.CheckPage(@fixed, files);
        Assert.True(after.Count == 0, "The fixed page still has findings:\n" + string.Join("\n", after));
    }
}
