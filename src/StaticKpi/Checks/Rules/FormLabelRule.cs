using AngleSharp.Dom;

namespace StaticKpi.Checks.Rules;

/// <summary>
/// A11Y016: every form control has a name: a &lt;label&gt; (by for= or around it), aria-label, aria-labelledby
/// or title; a button needs text. Image buttons are A11Y007.
/// </summary>
public sealed class FormLabelRule() : PageRule("A11Y016", "Form labels")
{
    /// <summary>Input types that need no label: hidden ones, and buttons named by their value (or a default).</summary>
    private static readonly HashSet<string> Unlabelled = new(StringComparer.OrdinalIgnoreCase) { "hidden", "submit", "reset", "button", "image" };

    public override IEnumerable<Finding> Check(CheckedPage page)
    {
        foreach (var control in page.Named("input", "select", "textarea", "button"))
        {
            var type = control.GetAttribute("type")?.Trim() ?? "text";
            if ((control.LocalName == "input" && Unlabelled.Contains(type)) || AccessibleName.IsHidden(control))
            {
                continue;
            }

            if (control.LocalName == "button")
            {
                if (AccessibleName.Of(control).Length == 0)
                {
                    yield return page.Finding(control, Id, SuccessCriteria.NameRoleValue,
                        "The button has no text, so screen readers cannot say what it does.",
                        "Put text in the button, or aria-label=\"…\" if it shows only an icon.");
                }

                continue;
            }

            if (!IsLabelled(control, page.Document))
            {
                var what = control.LocalName == "input" ? $"<input type=\"{type}\">" : $"<{control.LocalName}>";
                yield return page.Finding(control, Id, SuccessCriteria.NameRoleValue,
                    $"The {what} has no label, so screen readers cannot say what to enter and speech users cannot name it.",
                    "Add a visible <label for=\"…\"> matching the control's id (or wrap the control in the <label>).");
            }
        }
    }

    private static bool IsLabelled(IElement control, IDocument document)
    {
        if (!string.IsNullOrWhiteSpace(control.GetAttribute("aria-label")) ||
            AccessibleName.OfReferences(control, "aria-labelledby") is { Length: > 0 } ||
            !string.IsNullOrWhiteSpace(control.GetAttribute("title")))
        {
            return true;
        }

        if (control.Closest("label") is { } wrapping && !string.IsNullOrWhiteSpace(wrapping.TextContent))
        {
            return true;
        }

        var id = control.Id;
        return !string.IsNullOrEmpty(id) && document.QuerySelectorAll("label[for]")
            .Any(l => l.GetAttribute("for") == id && AccessibleName.Of(l).Length > 0);
    }
}
