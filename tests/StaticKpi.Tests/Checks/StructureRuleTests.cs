using StaticKpi.Checks;

namespace StaticKpi.Tests.Checks;

/// <summary>Rules about relationships in the markup: ids, tables, form labels and ARIA references.</summary>
public sealed class StructureRuleTests
{
    private const string Rows = "<tr><th scope=\"row\">Green</th><td>11</td></tr>";

    [Fact]
    public void A11Y012_duplicate_id_is_reported_under_1_3_1_with_the_reason()
    {
        FindingAssert.BrokenThenFixed(
            TestPage.With("<p id=\"note\">One.</p><p id=\"note\">Two.</p>"),
            TestPage.With("<p id=\"note\">One.</p><p id=\"note-2\">Two.</p>"),
            "#main > p:nth-of-type(2)", "A11Y012", SuccessCriteria.InfoAndRelationships);

        var finding = Assert.Single(CheckSite.CheckPage(TestPage.With("<p id=\"note\">One.</p><p id=\"note\">Two.</p>")));
        Assert.Contains("4.1.1 Parsing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A11Y012_duplicate_id_that_names_a_control_is_reported_under_4_1_2() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<form><label for=\"q\">Search</label><input id=\"q\" type=\"search\"></form><p id=\"q\">Hint</p>"),
            TestPage.With("<form><label for=\"q\">Search</label><input id=\"q\" type=\"search\"></form><p id=\"q-hint\">Hint</p>"),
            "#main > p", "A11Y012", SuccessCriteria.NameRoleValue);

    [Fact]
    public void A11Y013_table_without_a_caption() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With($"<table><tr><th scope=\"col\">Rating</th><th scope=\"col\">Count</th></tr>{Rows}</table>"),
            TestPage.With("<table><caption>Ratings in 2024/25 Q3</caption><tr><th scope=\"col\">Rating</th><th " +
                $"scope=\"col\">Count</th></tr>{Rows}</table>"),
            "#main > table", "A11Y013", SuccessCriteria.InfoAndRelationships);

    [Fact]
    public void A11Y013_layout_table_needs_no_caption() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.With("<table role=\"presentation\"><tr><td>Layout</td></tr></table>")));

    [Fact]
    public void A11Y014_table_without_header_cells() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<table><caption>Ratings</caption><tr><td>Green</td><td>11</td></tr></table>"),
            TestPage.With("<table><caption>Ratings</caption><tr><th scope=\"row\">Green</th><td>11</td></tr></table>"),
            "#main > table", "A11Y014", SuccessCriteria.InfoAndRelationships);

    [Fact]
    public void A11Y015_header_without_scope_in_a_table_with_row_and_column_headers() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<table id=\"ratings\"><caption>Ratings</caption><thead><tr><th " +
                "scope=\"col\">Rating</th><th>Count</th></tr></thead><tbody>" + Rows + "</tbody></table>"),
            TestPage.With("<table id=\"ratings\"><caption>Ratings</caption><thead><tr><th scope=\"col\">Rating</th><th " +
                "scope=\"col\">Count</th></tr></thead><tbody>" + Rows + "</tbody></table>"),
            "#ratings > thead > tr > th:nth-of-type(2)", "A11Y015", SuccessCriteria.InfoAndRelationships);

    [Fact]
    public void A11Y015_simple_table_with_column_headers_only_needs_no_scope() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.With(
            "<table><caption>Ratings</caption><tr><th>Rating</th><th>Count</th></tr><tr><td>Green</td><td>11</td></tr></table>")));

    [Theory]
    [InlineData("<input type=\"text\" id=\"q\">", "<label for=\"q\">Indicator</label><input type=\"text\" id=\"q\">", "#q")]
    [InlineData("<select id=\"period\"><option>2024/25 Q3</option></select>",
        "<label>Period <select id=\"period\"><option>2024/25 Q3</option></select></label>", "#period")]
    [InlineData("<textarea></textarea>", "<textarea aria-label=\"Comment\"></textarea>", "#main > form > textarea")]
    [InlineData("<button type=\"button\"></button>", "<button type=\"button\">Show chart</button>", "#main > form > button")]
    public void A11Y016_form_control_without_a_label(string broken, string @fixed, string selector) =>
        FindingAssert.BrokenThenFixed(
            TestPage.With($"<form>{broken}</form>"), TestPage.With($"<form>{@fixed}</form>"),
            selector, "A11Y016", SuccessCriteria.NameRoleValue);

    [Fact]
    public void A11Y016_hidden_inputs_and_submit_buttons_need_no_label() =>
        Assert.Empty(CheckSite.CheckPage(TestPage.With("<form><input type=\"hidden\" name=\"x\"><input type=\"submit\" value=\"Go\"></form>")));

    [Theory]
    [InlineData("aria-labelledby", SuccessCriteria.NameRoleValue)]
    [InlineData("aria-describedby", SuccessCriteria.InfoAndRelationships)]
    [InlineData("aria-controls", SuccessCriteria.NameRoleValue)]
    public void A11Y017_aria_reference_to_a_missing_id(string attribute, string criterion) =>
        FindingAssert.BrokenThenFixed(
            TestPage.With($"<section {attribute}=\"history-caption\"><h2 id=\"history\">History</h2></section>"),
            TestPage.With($"<section {attribute}=\"history\"><h2 id=\"history\">History</h2></section>"),
            "#main > section", "A11Y017", criterion);

    [Fact]
    public void A11Y017_label_for_a_missing_id() =>
        FindingAssert.BrokenThenFixed(
            TestPage.With("<form><label for=\"search\">Search</label><input id=\"q\" type=\"search\" title=\"Search\"></form>"),
            TestPage.With("<form><label for=\"q\">Search</label><input id=\"q\" type=\"search\"></form>"),
            "#main > form > label", "A11Y017", SuccessCriteria.InfoAndRelationships);
}
