using AngleSharp.Dom;
using YamlDotNet.RepresentationModel;

namespace StaticKpi.Tests.Build;

/// <summary>
/// The bilingual example site (examples/welsh-county): every page in English and Welsh, its content translated field
/// by field, and no word of the theme's English on a Welsh page outside text marked as English.
/// </summary>
public sealed class WelshExampleSiteTests : IClassFixture<WelshExampleSiteTests.WelshCounty>
{
    public sealed class WelshCounty : IDisposable
    {
        public BuiltSite Site { get; } = new(Path.Combine(RepoPaths.Root, "examples", "welsh-county"));

        public void Dispose() => Site.Dispose();
    }

    private const string Report = "2024-25-q3/governance-resources/";
    private readonly BuiltSite _site;

    public WelshExampleSiteTests(WelshCounty fixture)
    {
        _site = fixture.Site;
        Assert.True(_site.Result.Succeeded, DiagnosticAssert.Describe(_site.Result.Diagnostics));
    }

    [Fact]
    public void The_example_builds_without_a_warning_and_has_every_page_in_both_languages()
    {
        var pages = _site.HtmlPages();
        var english = pages.Where(p => !p.StartsWith("cy/", StringComparison.Ordinal)).ToList();
        var welsh = pages.Where(p => p.StartsWith("cy/", StringComparison.Ordinal)).Select(p => p["cy/".Length..]).ToList();

        Assert.Empty(_site.Result.Diagnostics);
        Assert.Equal(26, english.Count);
        Assert.Equal(english, welsh);
    }

    [Fact]
    public void A_welsh_indicator_page_shows_the_welsh_description_and_link_title_with_no_lang_of_their_own()
    {
        var page = _site.Page("cy/" + Report + "301-foi-timeliness/index.html");

        var description = page.QuerySelector("section[aria-labelledby=description] p")!;
        Assert.StartsWith("Cyfran y ceisiadau Rhyddid Gwybodaeth a atebwyd o fewn 20 diwrnod gwaith", description.TextContent);
        Assert.Null(description.Closest("[lang]:not(html)"));
        var link = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "https://www.legislation.gov.uk/ukpga/2000/36/contents");
        Assert.Equal(("Deddf Rhyddid Gwybodaeth 2000", (string?)null), (link.TextContent, link.GetAttribute("lang")));
    }

    [Fact]
    public void A_welsh_page_names_the_benchmark_and_the_rating_policy_in_welsh()
    {
        var indicator = _site.Page("cy/" + Report + "305-superfast-broadband/index.html");
        var report = _site.Page("cy/" + Report + "index.html");

        var benchmark = indicator.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Cymedr Lloegr");
        Assert.Null(benchmark.GetAttribute("lang"));
        Assert.Contains("“Coch, Ambr a Gwyrdd”", report.QuerySelector("p.meta")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Mae'r cerdyn sgorio hwn yn cwmpasu mis Hydref i fis Rhagfyr 2024",
            report.QuerySelector("section[aria-labelledby=introduction] p")!.TextContent.Trim());
    }

    /// <summary>
    /// Every text node of every Welsh page, outside an element marked as English, against every sentence of the
    /// theme's English strings that the Welsh file words differently: none may appear.
    /// </summary>
    [Fact]
    public void No_welsh_page_carries_a_theme_sentence_in_english_outside_text_marked_english()
    {
        var english = Flatten(Path.Combine(RepoPaths.Root, "themes", "default", "i18n", "en.yaml"));
        var welsh = Flatten(Path.Combine(RepoPaths.Root, "themes", "default", "i18n", "cy.yaml"));
        var phrases = english
            .Where(e => !welsh.TryGetValue(e.Key, out var cy) || cy != e.Value)
            .SelectMany(e => Fragments(e.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(phrases.Count > 200, $"only {phrases.Count} English phrases to look for");

        var found = new List<string>();
        foreach (var path in _site.HtmlPages().Where(p => p.StartsWith("cy/", StringComparison.Ordinal)))
        {
            var page = _site.Page(path);
            foreach (var text in TextOutsideEnglish(page.DocumentElement))
            {
                found.AddRange(phrases.Where(p => text.Contains(p, StringComparison.Ordinal)).Select(p => $"{path}: \"{p}\" in \"{text.Trim()}\""));
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Distinct().Take(40)));
    }

    /// <summary>The text nodes under an element, their attributes that readers meet too, skipping English-marked parts.</summary>
    private static IEnumerable<string> TextOutsideEnglish(IElement element)
    {
        if (element.GetAttribute("lang") is { } lang && lang.StartsWith("en", StringComparison.Ordinal) || element.LocalName is "script" or "style")
        {
            yield break;
        }

        foreach (var attribute in new[] { "alt", "title", "aria-label", "data-label", "data-hint", "placeholder", "content" })
        {
            if (element.GetAttribute(attribute) is { Length: > 0 } value)
            {
                yield return value;
            }
        }

        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                yield return text.Data;
            }
            else if (child is IElement childElement)
            {
                foreach (var inner in TextOutsideEnglish(childElement))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The parts of a string between its placeholders that are words enough to be English by themselves.</summary>
    private static IEnumerable<string> Fragments(string text) =>
        System.Text.RegularExpressions.Regex.Split(text, @"\{[a-z_]+\}")
            .Select(f => f.Trim(' ', ',', '.', ':', ';', '(', ')', '“', '”', '"'))
            .Where(f => f.Count(char.IsLetter) >= 8 && f.Contains(' ', StringComparison.Ordinal));

    /// <summary>Every string of a strings file by its dotted key; plural forms under key.form.</summary>
    private static Dictionary<string, string> Flatten(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(YamlNode node, string key)
        {
            switch (node)
            {
                case YamlScalarNode { Value: { } value }:
                    strings[key] = value;
                    break;
                case YamlMappingNode map:
                    foreach (var (name, child) in map.Children)
                    {
                        Walk(child, key.Length == 0 ? ((YamlScalarNode)name).Value! : key + "." + ((YamlScalarNode)name).Value);
                    }

                    break;
            }
        }

        Walk(stream.Documents[0].RootNode, "");
        return strings;
    }
}
