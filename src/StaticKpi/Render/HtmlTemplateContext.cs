using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using StaticKpi.Pages;
using StaticKpi.Shared;

namespace StaticKpi.Render;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="HtmlString"/>
/// (already safe markup). Templates therefore cannot forget to escape editors' text.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>The page being rendered, for functions such as <c>asset</c> that depend on where the page is.</summary>
    public PageModel? Page { get; set; }

    /// <summary>The words of the page's language, for the <c>t</c> function.</summary>
    public Localisation.SiteStrings Strings { get; set; } = null!;

    /// <summary>The project's own types (the page models and views) are read through compiled getters.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var scribans = base.GetMemberAccessorImpl(target);
        var type = target.GetType();
        return scribans is TypedObjectAccessor && type.Assembly == typeof(HtmlTemplateContext).Assembly
            ? CompiledMemberAccessor.For(type, scribans, MemberRenamer, MemberFilter)
            : scribans;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html)
        {
            Write(html.Value);
            return this;
        }

        if (textAsObject is RenderedHtml rendered)
        {
            if (Output is BufferedOutput buffered)
            {
                buffered.Builder.Append(rendered.Builder);
            }
            else
            {
                Write(rendered.ToString());
            }

            return this;
        }

        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text))
        {
            Write(HtmlText.Escape(text));
        }

        return this;
    }
}

/// <summary>
/// A layout's rendered HTML, given to the base layout as <c>content</c> without being copied into a string first.
/// </summary>
internal sealed class RenderedHtml(StringBuilder builder)
{
    public StringBuilder Builder => builder;

    public override string ToString() => builder.ToString();
}
