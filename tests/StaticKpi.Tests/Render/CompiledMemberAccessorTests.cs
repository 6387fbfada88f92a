using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using StaticKpi.Pages;
using StaticKpi.Render;

namespace StaticKpi.Tests.Render;

/// <summary>
/// Templates read the page models through compiled getters instead of Scriban's reflection: they must see exactly
/// the members, names and values Scriban's own accessor shows, so a theme cannot tell the difference.
/// </summary>
public sealed class CompiledMemberAccessorTests
{
    public class Base
    {
        public string Shadowed => "base";

        public string Inherited { get; init; } = "from base";
    }

    public sealed class Derived : Base
    {
        public int Count = 3;

        public const string Constant = "not a member";

        public new string Shadowed => "derived";

        public decimal? Missing { get; init; }

        public DateOnly Day { get; init; } = new(2025, 3, 31);

        [ScriptMemberIgnore]
        public string Hidden => "hidden";

        public string this[int index] => $"item {index}";

        public static string Static => "static";

        internal string Internal => "internal";
    }

    [Fact]
    public void The_compiled_getters_show_the_same_members_and_values_as_Scribans_own_accessor()
    {
        var context = new TemplateContext();
        var target = new Derived { Inherited = "set" };
        var scribans = new TypedObjectAccessor(typeof(Derived), context.MemberFilter, context.MemberRenamer);
        var compiled = CompiledMemberAccessor.For(typeof(Derived), scribans, context.MemberRenamer, context.MemberFilter);

        var members = scribans.GetMembers(context, default, target).Order(StringComparer.Ordinal).ToList();
        var viaScriban = members.Select(m => scribans.TryGetValue(context, default, target, m, out var v) ? v : "(none)").ToList();
        var viaCompiled = members.Select(m => compiled.TryGetValue(context, default, target, m, out var v) ? v : "(none)").ToList();

        Assert.Equal(["count", "day", "inherited", "missing", "shadowed"], members);
        Assert.Equal<object?>([3, new DateOnly(2025, 3, 31), "set", null, "derived"], viaCompiled);
        Assert.Equal(viaScriban, viaCompiled);
        Assert.False(compiled.TryGetValue(context, default, target, "hidden", out _));
        Assert.False(compiled.TryGetValue(context, default, target, "constant", out _));
        Assert.False(compiled.TryGetValue(context, default, target, "static", out _));
        Assert.True(compiled.HasIndexer);
    }

    [Fact]
    public void The_sites_templates_read_the_projects_own_types_through_compiled_getters_and_other_types_through_Scribans()
    {
        var context = new HtmlTemplateContext();
        var rating = new RatingView("Green", "green", "▲", "On or better than target", false, null, null);

        Assert.IsType<CompiledMemberAccessor>(context.GetMemberAccessor(rating));
        Assert.IsType<TypedObjectAccessor>(context.GetMemberAccessor(new Derived()));
        Assert.IsType<ScriptObjectAccessor>(context.GetMemberAccessor(new ScriptObject()));
    }

    [Fact]
    public void A_template_prints_a_projects_view_through_the_compiled_getters()
    {
        var context = new HtmlTemplateContext();
        var globals = new ScriptObject { ["rating"] = new RatingView("Amber", "amber", "◆", "Close to target", true, "A one-off", "Red") };
        context.PushGlobal(globals);

        var html = Template.Parse("{{ rating.name }}|{{ rating.symbol }}|{{ rating.overridden }}|{{ rating.computed_name }}").Render(context);

        Assert.Equal("Amber|◆|true|Red", html);
    }
}
