using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Css.Values;
using StaticKpi.Shared;

namespace StaticKpi.Checks;

/// <summary>
/// The colour custom properties (<c>--name: #hex</c>) a stylesheet declares on <c>:root</c>. The top-level
/// <c>:root</c> rules give the base scheme; each <c>@media</c> block that redeclares tokens on <c>:root</c>
/// (a dark scheme, say) gives another scheme: the base with those tokens replaced.
/// </summary>
/// <param name="Path">The stylesheet, relative to the output.</param>
/// <param name="Selector"><c>:root</c>, or <c>@media (…) :root</c> for a scheme inside a media query.</param>
/// <param name="Colours">Every token whose value is a colour, by name with its leading dashes.</param>
/// <param name="Changed">The tokens the media block redeclares (every token, for the base scheme).</param>
public sealed record ColourScheme(string Path, string Selector, IReadOnlyDictionary<string, Rgb> Colours, IReadOnlySet<string> Changed);

internal static partial class ColourTokens
{
    [GeneratedRegex(@"^var\(\s*(--[A-Za-z0-9_-]+)\s*(?:,\s*(.*))?\)$", RegexOptions.Singleline)]
    private static partial Regex VarReference();

    public static IEnumerable<ColourScheme> Read(StyleSheetFile file)
    {
        var sheet = new CssParser().ParseStyleSheet(file.Text);
        var baseTokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in sheet.Rules.OfType<ICssStyleRule>().Where(IsRoot))
        {
            Collect(rule, baseTokens);
        }

        var schemes = new List<ColourScheme>();
        if (baseTokens.Count > 0)
        {
            var colours = Resolve(baseTokens);
            schemes.Add(new ColourScheme(file.Path, ":root", colours, new HashSet<string>(colours.Keys, StringComparer.Ordinal)));
        }

        foreach (var media in sheet.Rules.OfType<ICssMediaRule>())
        {
            var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var rule in media.Rules.OfType<ICssStyleRule>().Where(IsRoot))
            {
                Collect(rule, overrides);
            }

            if (overrides.Count == 0)
            {
                continue;
            }

            var merged = new Dictionary<string, string>(baseTokens, StringComparer.Ordinal);
            foreach (var (name, value) in overrides)
            {
                merged[name] = value;
            }

            schemes.Add(new ColourScheme(file.Path, $"@media {media.ConditionText} :root", Resolve(merged),
                new HashSet<string>(overrides.Keys, StringComparer.Ordinal)));
        }

        return schemes;
    }

    private static bool IsRoot(ICssStyleRule rule) =>
        rule.SelectorText.Split(',').Any(s => s.Trim() == ":root");

    private static void Collect(ICssStyleRule rule, Dictionary<string, string> tokens)
    {
        foreach (var property in rule.Style)
        {
            if (property.Name.StartsWith("--", StringComparison.Ordinal))
            {
                tokens[property.Name] = property.Value.Trim();
            }
        }
    }

    private static Dictionary<string, Rgb> Resolve(Dictionary<string, string> tokens)
    {
        var colours = new Dictionary<string, Rgb>(StringComparer.Ordinal);
        foreach (var name in tokens.Keys)
        {
            if (ParseValue(tokens[name], tokens, depth: 0) is { } colour)
            {
                colours[name] = colour;
            }
        }

        return colours;
    }

    private static Rgb? ParseValue(string value, Dictionary<string, string> tokens, int depth)
    {
        if (depth > 10)
        {
            return null; // a cycle of var() references
        }

        var reference = VarReference().Match(value);
        if (reference.Success)
        {
            if (tokens.TryGetValue(reference.Groups[1].Value, out var referenced))
            {
                return ParseValue(referenced, tokens, depth + 1);
            }

            return reference.Groups[2].Success ? ParseValue(reference.Groups[2].Value.Trim(), tokens, depth + 1) : null;
        }

        var declaration = new CssParser().ParseDeclaration("color: " + value);
        return declaration?.GetProperty("color")?.RawValue is CssColorValue colour
            ? new Rgb(colour.R, colour.G, colour.B, colour.Alpha)
            : null;
    }
}
