using StaticKpi.Diagnostics;
using StaticKpi.Migration;

namespace StaticKpi.Tests.Migration;

/// <summary>
/// <c>format:</c> written into site.config.yaml's text at its place, everything else kept byte for byte: comments,
/// indentation, braces, quoting and line endings.
/// </summary>
public sealed class FormatKeyEditorTests
{
    private static string WithFormat(string text, int format = 1)
    {
        var diagnostics = new DiagnosticBag();
        var changed = FormatKeyEditor.WithFormat(text, format, diagnostics);
        Assert.Empty(diagnostics.ToList());
        return changed!;
    }

    [Fact]
    public void The_field_goes_first_after_the_leading_comment_lines_which_stay_as_they_were()
    {
        const string Before = "# yaml-language-server: $schema=schemas/site-config.schema.json\n" +
                              "# Northmoor's scorecards\n\n" +
                              "title: Scorecards   # shown in the header\n" +
                              "organisation: Northmoor District Council\n";

        Assert.Equal("# yaml-language-server: $schema=schemas/site-config.schema.json\n" +
                     "# Northmoor's scorecards\n\n" +
                     "format: 1\n" +
                     "title: Scorecards   # shown in the header\n" +
                     "organisation: Northmoor District Council\n", WithFormat(Before));
    }

    [Fact]
    public void A_file_indented_oddly_gets_the_field_at_its_own_indentation()
    {
        Assert.Equal("---\n   format: 1\n   title: Scorecards\n   committees:\n     - key: finance\n       name: Finance\n",
            WithFormat("---\n   title: Scorecards\n   committees:\n     - key: finance\n       name: Finance\n"));
    }

    [Fact]
    public void A_file_written_in_braces_on_one_line_gets_the_field_first_inside_them()
    {
        Assert.Equal("# flow\n{format: 1, title: Scorecards, organisation: Northmoor}\n",
            WithFormat("# flow\n{title: Scorecards, organisation: Northmoor}\n"));
    }

    [Fact]
    public void A_file_written_in_braces_over_several_lines_gets_a_line_of_its_own()
    {
        Assert.Equal("{\n  format: 1,\n  title: Scorecards,\n  organisation: Northmoor\n}\n",
            WithFormat("{\n  title: Scorecards,\n  organisation: Northmoor\n}\n"));
    }

    [Fact]
    public void Windows_line_endings_are_kept_and_the_new_line_ends_the_same_way()
    {
        Assert.Equal("# Scorecards\r\nformat: 1\r\ntitle: Scorecards\r\norganisation: Northmoor\r\n",
            WithFormat("# Scorecards\r\ntitle: Scorecards\r\norganisation: Northmoor\r\n"));
    }

    [Fact]
    public void A_quoted_first_field_gets_the_field_at_its_quote()
    {
        Assert.Equal("format: 1\n\"title\": Scorecards\n", WithFormat("\"title\": Scorecards\n"));
    }

    [Fact]
    public void A_file_without_a_final_line_break_keeps_it_that_way()
    {
        Assert.Equal("format: 1\ntitle: Scorecards", WithFormat("title: Scorecards"));
    }

    [Fact]
    public void An_existing_format_has_only_its_number_replaced_for_a_later_step()
    {
        Assert.Equal("# top\nformat: 2   # the content format\ntitle: Scorecards\n",
            WithFormat("# top\nformat: 1   # the content format\ntitle: Scorecards\n", format: 2));
    }

    [Fact]
    public void A_file_that_is_not_valid_yaml_is_reported_and_not_changed()
    {
        var diagnostics = new DiagnosticBag();

        var changed = FormatKeyEditor.WithFormat("title: [Scorecards\n", 1, diagnostics);

        Assert.Null(changed);
        Assert.Equal(RuleIds.YamlSyntax, Assert.Single(diagnostics.ToList()).RuleId);
    }

    [Fact]
    public void A_first_field_written_as_an_explicit_key_is_refused_with_what_to_do()
    {
        var diagnostics = new DiagnosticBag();

        var changed = FormatKeyEditor.WithFormat("? title\n: Scorecards\n", 1, diagnostics);

        Assert.Null(changed);
        Assert.Equal(new Diagnostic(Severity.Error, RuleIds.BadValue, new SourceLocation("site.config.yaml", 1, 1),
            "'format: 1' could not be written into site.config.yaml without changing how the rest of it reads.",
            "Add the line 'format: 1' at the top of the file yourself, then run the command again."), Assert.Single(diagnostics.ToList()));
    }
}
