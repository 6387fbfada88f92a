using System.Text.RegularExpressions;

namespace StaticKpi.Checks.Rules;

/// <summary>A11Y001: the html element names the page's language with a well-formed BCP 47 tag.</summary>
public sealed partial class DocumentLanguageRule() : PageRule("A11Y001", "Page language")
{
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        var html = page.Document.DocumentElement;
        var lang = html.GetAttribute("lang")?.Trim();
        if (string.IsNullOrEmpty(lang))
        {
            yield return page.Finding(html, Id, SuccessCriteria.LanguageOfPage,
                "The page does not say what language it is in, so screen readers may read it with the wrong voice and pronunciation.",
                "Add lang=\"en-GB\" (or the page's language) to the <html> element; for generated pages set 'language' in site.config.yaml.");
        }
        else if (!LanguageTag().IsMatch(lang))
        {
            yield return page.Finding(html, Id, SuccessCriteria.LanguageOfPage,
                $"The page's language \"{lang}\" is not a valid language tag.",
                "Use a BCP 47 language tag such as en, en-GB or cy.");
        }
    }
}
