using StaticKpi.Localisation;

namespace StaticKpi.Tests.Localisation;

/// <summary>A string's placeholders are parsed once and filled by name.</summary>
public sealed class TextTemplateTests
{
    [Fact]
    public void Placeholders_are_named_in_order_and_the_text_around_them_kept()
    {
        var template = TextTemplate.TryParse("{change} from {from} to {to}", out var error)!;

        Assert.Null(error);
        Assert.Equal(["change", "from", "to"], template.Placeholders);
        Assert.False(template.IsPlain);
    }

    [Theory]
    [InlineData("Off target by {red or more.", "the '{' at character 15 does not start a placeholder such as {count}")]
    [InlineData("Off target by red} or more.", "the '}' at character 18 closes no placeholder")]
    [InlineData("{} indicators", "the '{' at character 1 does not start a placeholder such as {count}")]
    public void A_brace_that_opens_or_closes_no_placeholder_is_an_error_at_its_character(string text, string expected)
    {
        Assert.Null(TextTemplate.TryParse(text, out var error));
        Assert.Equal(expected, error);
    }
}
