namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y007: every img, image button, image map area and role="img" element has a text alternative
/// (alt="" marks an img as decorative). SVG is A11Y008.
/// </summary>
public sealed class ImageAltRule() : PageRule("A11Y007", "Image text alternatives")
{
    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var image in page.Elements.Where(e => e.LocalName == "img" ||
            (e.LocalName == "input" && string.Equals(e.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase)) ||
            (e.LocalName == "area" && e.HasAttribute("href")) || e.GetAttribute("role") == "img"))
        {
            if (image.LocalName == "svg" || AccessibleName.IsHidden(image))
            {
                continue;
            }

            if (image.LocalName == "img")
            {
                if (!image.HasAttribute("alt") && !HasName(image))
                {
                    yield return page.Finding(image, Id, SuccessCriteria.NonTextContent,
                        $"The image {Describe(image)}has no alt attribute, so screen readers announce its file name or nothing useful.",
                        "Add alt text that says what the image shows or means; use alt=\"\" only if the image is decorative.");
                }
            }
            else if ((image.LocalName is "input" or "area" ? AccessibleName.Of(image) : AccessibleName.FromAttributes(image)).Length == 0)
            {
                var what = image.LocalName switch
                {
                    "input" => "image button",
                    "area" => "image map area",
                    _ => $"<{image.LocalName} role=\"img\">",
                };
                var fix = image.LocalName is "input" or "area"
                    ? "Add alt text that says what the button or link does."
                    : "Add aria-label with a text alternative, or remove role=\"img\" and hide it with aria-hidden=\"true\" if it is decorative.";
                yield return page.Finding(image, Id, SuccessCriteria.NonTextContent,
                    $"The {what} has no text alternative.", fix);
            }
        }
    }

    private static bool HasName(AngleSharp.Dom.IElement image) =>
        !string.IsNullOrWhiteSpace(image.GetAttribute("aria-label")) || AccessibleName.OfReferences(image, "aria-labelledby") is { Length: > 0 };

    private static string Describe(AngleSharp.Dom.IElement image) =>
        image.GetAttribute("src") is { Length: > 0 } src ? $"\"{src}\" " : "";
}
