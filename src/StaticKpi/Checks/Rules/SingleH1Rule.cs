namespace StaticKpi.Checks.Rules;

/// <summary>A11Y003: the page has exactly one h1, its main heading.</summary>
public sealed class SingleH1Rule() : PageRule("A11Y003", "One main heading")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        var h1s = page.Named("h1").ToList();
        if (h1s.Count == 0)
        {
            var where = page.Document.QuerySelector("main") ?? page.Document.Body ?? page.Document.DocumentElement;
            yield return page.Finding(where, Id, SuccessCriteria.HeadingsAndLabels,
                "The page has no <h1>, so people who move through the page by headings cannot find what it is about.",
                "Start the main content with one <h1> that describes the page's topic.");
            yield break;
        }

        foreach (var extra in h1s.Skip(1))
        {
            yield return page.Finding(extra, Id, SuccessCriteria.HeadingsAndLabels,
                $"The page has {h1s.Count} <h1> elements; only the first can be the page's main heading.",
                "Keep one <h1> for the page's topic and make this heading an <h2> (or lower) under it.");
        }
    }
}
