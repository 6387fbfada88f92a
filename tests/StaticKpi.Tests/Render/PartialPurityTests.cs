using Scriban;
using StaticKpi.Render;

namespace StaticKpi.Tests.Render;

/// <summary>
/// A partial counts as pure (its output depends only on its arguments, so it may be rendered once per argument) only
/// when everything it reads is an argument, a loop variable of its own, <c>site</c>, or a pure partial it includes.
/// </summary>
public sealed class PartialPurityTests
{
    [Theory]
    [InlineData("<span class=\"rag rag-{{ $1.key }}\">{{ $1.name }}{{ if $1.overridden }}*{{ end }}</span>")]
    [InlineData("<tr>{{ for cell in $1 }}{{ if for.first }}<th>{{ cell }}</th>{{ else }}<td>{{ cell }}</td>{{ end }}{{ end }}</tr>")]
    [InlineData("{{ for row in $1.rows }}{{ for cell in row }}{{ cell }}{{ end }}{{ end }}")]
    [InlineData("{{ $1.text }} of {{ site.title }} ({{ $2 }}{{ $1.count + 1 }})")]
    [InlineData("<td>{{ if $1.rating }}{{ include \"leaf\" $1.rating }}{{ else }}Not rated{{ end }}</td>")]
    [InlineData("plain text only")]
    public void Partials_that_read_only_their_arguments_are_pure(string source) =>
        Assert.True(PartialPurity.IsPure(Template.Parse(source), Partials));

    [Theory]
    [InlineData("{{ $1.name }} on {{ page.title }}")] // the page differs from call to call
    [InlineData("{{ x = $1.name }}{{ x }}")] // an assignment changes what the caller sees
    [InlineData("{{ $1.name | string.upcase }}")] // pipes and functions are not analysed
    [InlineData("{{ date.now }}")]
    [InlineData("{{ row.name }}")] // a variable the partial did not declare is the caller's
    [InlineData("{{ $x }}")] // so is a local
    [InlineData("{{ if for.first }}first{{ end }}")] // the caller's loop, not its own
    [InlineData("{{ include \"impure\" $1 }}")]
    [InlineData("{{ include \"missing\" $1 }}")]
    [InlineData("{{ include \"self\" $1 }}")]
    [InlineData("{{ for x in $1 limit:2 }}{{ x }}{{ end }}")]
    public void Partials_that_read_anything_else_are_not_pure(string source) =>
        Assert.False(PartialPurity.IsPure(Template.Parse(source), Partials));

    private static Template? Partials(string name) => name switch
    {
        "leaf" => Template.Parse("<span>{{ $1.name }}</span>"),
        "impure" => Template.Parse("{{ page.title }}"),
        "self" => Self,
        _ => null,
    };

    private static readonly Template Self = Template.Parse("{{ include \"self\" $1 }}");
}
