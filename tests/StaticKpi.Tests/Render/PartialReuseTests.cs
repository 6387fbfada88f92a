using StaticKpi.Formatting;
using StaticKpi.Pages;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Render;

/// <summary>
/// A pure partial given the same shared view again writes what it wrote before instead of rendering again; a partial
/// that reads the page, or one given a view that is not shared, is rendered every time.
/// </summary>
public sealed class PartialReuseTests
{
    [Fact]
    public void A_pure_partial_is_rendered_once_for_a_shared_view_it_meets_five_times_and_an_impure_one_every_time()
    {
        using var folder = new TempFolder();
        var renderer = ThemeRenderer.Of(folder,
            ("layouts/base.html", "{{ content }}"),
            ("layouts/key.html", "{{ for term in page.terms }}[{{ include \"pure\" term }}|{{ include \"impure\" term }}]{{ end }}"),
            ("partials/pure.html", "<b>{{ $1.name }}</b>\n"),
            ("partials/impure.html", "{{ $1.name }} on {{ page.title }}\n"));
        var shared = new SharedTerm("Target");
        var unshared = new CountingTerm("Actual");

        var html = Enumerable.Range(1, 5).Select(n => renderer.Render(new TermsPage($"Page {n}", [shared, unshared]))).ToList();

        Assert.Equal([.. Enumerable.Range(1, 5).Select(n => $"[<b>Target</b>|Target on Page {n}][<b>Actual</b>|Actual on Page {n}]")], html);
        Assert.Equal(1 + 5, shared.Reads); // pure: rendered once, then reused; impure: every time
        Assert.Equal(5 + 5, unshared.Reads); // not shared: both every time
    }

    /// <summary>A page of the key's layout whose terms are whatever the test gives it.</summary>
    public sealed record TermsPage(string PageTitle, IReadOnlyList<CountingTerm> Terms) : PageModel("key/index.html", "key", PageTitle, "../", []);

    /// <summary>A term the page builders would share between pages.</summary>
    public sealed class SharedTerm(string name) : CountingTerm(name), ISharedView;

    /// <summary>Counts how often a template reads its name.</summary>
    public class CountingTerm(string name)
    {
        public int Reads { get; private set; }

        public string Name
        {
            get
            {
                Reads++;
                return name;
            }
        }
    }
}
