using StaticKpi.Content;
using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// Issue 13, "Errors in an editor's words": each hand-editing slip in YAML is reported at the mistake itself, in
/// plain words with the fix, never in YamlDotNet's wording. Each case breaks one line of the minimal fixture's
/// indicator file (lines listed below) and loads the site, asserting the only error's rule, place and whole text.
/// </summary>
/// <remarks>
/// 101-invoices-paid.yaml: 1 id, 2 title, 3 committee, 4 service, 5 unit, 6 precision, 7 direction, 8 frequency,
/// 9 target, 10-11 description, 12 data_source, 13 benchmarks, 14 "  - kind: england", 15 "    value: 88.5",
/// 16 "    period: 2023/24", 17 links, 18-19, 20 series, 21 "  - period: 2024/25 Q1", 22 "    value: 82.0",
/// 23 "  - period: 2024/25 Q2", 24 "    value: 86.0", 25 "  - period: 2024/25 Q3", 26 "    value: 91.5".
/// </remarks>
public sealed class YamlErrorWordingTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string Commentary = "content/commentary/101/2024-25-q3.md";

    public static TheoryData<string, string, string, int, int, string> SyntaxCases => new()
    {
        // A tab used for indentation, at the tab itself.
        { "tab at the start of a line", "  - period: 2024/25 Q2", "\t- period: 2024/25 Q2", 23, 1,
            "Line 23 starts with a tab; YAML needs spaces. Replace the tab at 23:1 with spaces." },
        { "tab after spaces", "    value: 86.0", "  \tvalue: 86.0", 24, 3,
            "Line 24 has a tab in its indentation; YAML needs spaces. Replace the tab at 24:3 with spaces." },

        // Wrong indentation: which field or item is out of line, and what to line it up with.
        { "field of a list item indented one space more", "    value: 86.0", "     value: 86.0", 24, 6,
            "'value' is indented 5 spaces but the other fields of this entry are indented 4. Line it up with 'period' on line 23." },
        { "field of a list item indented one space less", "    value: 86.0", "   value: 86.0", 24, 4,
            "'value' is indented 3 spaces but the other fields of this entry are indented 4. Line it up with 'period' on line 23." },
        { "field of a list item in line with the '-'", "    value: 86.0", "  value: 86.0", 24, 3,
            "'value' is in line with the '-' of the list items above it, so it is neither a field of the entry on line 23 nor a field of its own. " +
            "Indent it 4 spaces to line it up with 'period' on line 23, or 0 to line it up with 'series' on line 20." },
        { "list item indented more than the others", "  - period: 2024/25 Q2", "   - period: 2024/25 Q2", 23, 4,
            "This list item is indented 3 spaces but the other items of this list are indented 2. Line its '-' up with the '-' on line 21." },
        { "list item indented less than the others", "  - period: 2024/25 Q2", " - period: 2024/25 Q2", 23, 2,
            "This list item is indented 1 space but the other items of this list are indented 2. Line its '-' up with the '-' on line 21." },
        { "field indented under a field that has a value", "precision: 1", "  precision: 1", 6, 3,
            "'precision' is indented 2 spaces but the fields around it are indented 0. Line it up with 'unit' on line 5." },
        { "field between two levels", "links:", " links:", 17, 2,
            "'links' is indented 1 space, which lines it up with no field above it. " +
            "Indent it 0 spaces to line it up with 'benchmarks' on line 13, or 4 to line it up with 'kind' on line 14." },
        { "no space after a list item's '-'", "  - period: 2024/25 Q2", "  -period: 2024/25 Q2", 23, 3,
            "There is no space after the '-' in '-period: 2024/25 Q2', so it is not read as a list item. Write a space after the '-': '- period: " +
            "2024/25 Q2'." },
        { "a list item where a field was expected", "unit: percent", "- unit: percent", 5, 1,
            "A list item ('- ') starts here, where a field ('name: value') was expected. " +
            "If it belongs to a list, indent it under the field that holds the list (such as 'series:') like the other items; if it is a field, " +
            "remove the '- '." },

        // A key written twice, at the second, naming both lines.
        { "field written twice in the file", "precision: 1", "title: Again", 6, 1,
            "'title' is written twice in this file, on lines 2 and 6. Keep one of them." },
        { "field written twice in a series entry", "    value: 86.0", "    value: 86.0\n    value: 87.0", 25, 5,
            "'value' is written twice in this entry, on lines 24 and 25. Keep one of them." },
        { "field written twice under another", "target: 90", "target:\n  min: 80\n  min: 90", 11, 3,
            "'min' is written twice under 'target', on lines 10 and 11. Keep one of them." },
        { "field written twice in braces", "target: 90", "target: {min: 80, min: 90}", 9, 19,
            "'min' is written twice under 'target', both on line 9. Keep one of them." },
        { "the same field once plain and once quoted", "precision: 1", "'title': Again", 6, 1,
            "'title' is written twice in this file, on lines 2 and 6. Keep one of them." },

        // Quotes, brackets and colons.
        { "double quote not closed", "title: Invoices paid within 30 days", "title: \"Invoices paid within 30 days", 2, 8,
            "The double quote (\") that starts this value is not closed on its line. " +
            "Add the closing \" at the end of the value; or, if the value goes on over several lines, indent the lines after the first." },
        { "single quote not closed", "title: Invoices paid within 30 days", "title: 'Invoices paid within 30 days", 2, 8,
            "The single quote (') that starts this value is not closed on its line. " +
            "Add the closing ' at the end of the value; or, if the value goes on over several lines, indent the lines after the first." },
        { "text after the closing quote", "title: Invoices paid within 30 days", "title: \"Invoices\" paid", 2, 19,
            "There is more text after the closing quote of this value. " +
            "Put the whole value inside the quotes. Inside single quotes write an apostrophe twice ('it''s'); " +
            "inside double quotes write a quote as \\\"." },
        { "apostrophe inside single quotes", "title: Invoices paid within 30 days", "title: 'Council's invoices'", 2, 17,
            "There is more text after the closing quote of this value. " +
            "Put the whole value inside the quotes. Inside single quotes write an apostrophe twice ('it''s'); " +
            "inside double quotes write a quote as \\\"." },
        { "backslash in double quotes", "data_source: Finance system", "data_source: \"S:\\Finance\"", 12, 17,
            "The value in double quotes has '\\F' in it, but inside double quotes a backslash must start a special character such as \\n. " +
            "Put the value in single quotes instead of double quotes, or write the backslash twice (\\\\)." },
        { "'[' never closed", "service: Accounts payable", "service: [Accounts payable", 4, 10,
            "This '[' starts a list that is never closed with ']'. Add ']' after the last item; or, " +
            "if the value is text that starts with '[', put it in quotes." },
        { "'{' never closed", "target: 90", "target: {min: 80, max: 90", 9, 9,
            "This '{' starts a set of fields that is never closed with '}'. Add '}' after the last field; or, " +
            "if the value is text that starts with '{', put it in quotes." },
        { "fields in braces without a comma", "target: 90", "target: {min: 80 max: 90}", 9, 9,
            "The set of fields in '{ }' that starts here could not be read at 9:21. Write it as {min: 8, max: 10}: " +
            "each field a name, ': ' and a value, separated by ', '." },
        { "a ']' that closes nothing", "service: Accounts payable", "service: [Accounts, payable]]", 4, 29,
            "This ']' closes nothing: there is no '[' before it to match. Remove it; or, if it is part of the text, put the whole value in quotes." },
        { "': ' inside a value", "title: Invoices paid within 30 days", "title: Invoices paid: within 30 days", 2, 21,
            "The value of 'title' has ': ' in it, which YAML reads as the start of another field. Put the whole value in quotes: " +
            "title: \"Invoices paid: within 30 days\"." },
        { "no space after a colon", "unit: percent", "unit:percent", 5, 5,
            "There is no space after the colon in 'unit:percent', so it is not read as a field. Write a space after the colon: 'unit: percent'." },
        { "a line that is not a field", "data_source: Finance system", "data_source Finance system", 12, 1,
            "'data_source Finance system' is not a field: a field is a name, then ': ', then its value. " +
            "Write it as 'name: value'; or, if it continues the text above it, indent it as far as that text." },
        { "'|' with text after it", "description: |", "description: |x", 10, 14,
            "After '|' or '>' only a number, '+' or '-' can follow on the same line. Start the text on the next line, " +
            "indented further than the field's name." },

        // Text starting with a character YAML keeps for itself.
        { "value starting with '@'", "service: Accounts payable", "service: @payables", 4, 10,
            "Text cannot start with '@' here, because YAML keeps it for future use. Put the whole value in quotes: service: \"@payables\"." },
        { "value starting with '`'", "service: Accounts payable", "service: `AP`", 4, 10,
            "Text cannot start with '`' here, because YAML keeps it for future use. Put the whole value in quotes: service: \"`AP`\"." },
        { "value starting with '%'", "service: Accounts payable", "service: %AP", 4, 10,
            "Text cannot start with '%' here, because YAML reads it as an instruction to the YAML reader. Put the whole value in quotes: " +
            "service: \"%AP\"." },
        { "value starting with '*'", "service: Accounts payable", "service: *Accounts payable", 4, 10,
            "Text cannot start with '*' here, because YAML reads it as a reference to a value named with '&' elsewhere in the file. " +
            "Put the whole value in quotes: service: \"*Accounts payable\"." },
        { "value starting with '*' and one word", "service: Accounts payable", "service: *AP", 4, 10,
            "Text cannot start with '*' here, because YAML reads it as a reference to a value named with '&' elsewhere in the file. " +
            "Put the whole value in quotes: service: \"*AP\"." },
        { "value that is only '&'", "service: Accounts payable", "service: & payable", 4, 10,
            "Text cannot start with '&' here, because YAML reads it as naming a value for use elsewhere in the file. " +
            "Put the whole value in quotes: service: \"& payable\"." },
        { "value starting with '!' and another '!'", "service: Accounts payable", "service: !AP!", 4, 10,
            "Text cannot start with '!' here, because YAML reads it as the name of a type. Put the whole value in quotes: service: \"!AP!\"." },
        { "value starting with ']'", "service: Accounts payable", "service: ]AP", 4, 10,
            "Text cannot start with ']' here, because YAML reads it as the end of a list or set of fields. Put the whole value in quotes: " +
            "service: \"]AP\"." },
        { "a list started on its field's line", "service: Accounts payable", "service: - Accounts payable", 4, 10,
            "A list cannot start on the same line as its field 'service'. Put each item on a line of its own under 'service:', indented and " +
            "starting with '- '; " +
            "or, if the value is text starting with '-', put it in quotes: service: \"- Accounts payable\"." },

        // A stand-in for a missing figure that YAML cannot even read.
        { "'-' as a value", "    value: 86.0", "    value: -", 24, 12,
            "'value' is '-', which YAML reads as the start of a list, not as a value. If there is no figure, " +
            "leave 'value:' empty and add a 'note:' saying why." },
        { "'?' as a value", "    value: 86.0", "    value: ?", 24, 12,
            "'value' is '?', which YAML reads as the start of a complex field name, not as a value. If there is no figure, " +
            "leave 'value:' empty and add a 'note:' saying why." },
    };

    [Theory]
    [MemberData(nameof(SyntaxCases))]
    public void A_broken_line_is_SKPI001_at_the_mistake_in_plain_words(string slip, string oldText, string newText, int line, int column, string text)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, oldText, newText);

        var diagnostic = SingleError(site, slip);

        Assert.Equal((RuleIds.YamlSyntax, new SourceLocation(Invoices, line, column)), (diagnostic.RuleId, diagnostic.Location));
        Assert.Equal(text, $"{diagnostic.Message} {diagnostic.Fix}");
    }

    /// <summary>Whatever the slip, the message never repeats the parser's own phrases or names an exception.</summary>
    [Theory]
    [MemberData(nameof(SyntaxCases))]
    public void No_SKPI001_message_uses_the_parser_s_words(string slip, string oldText, string newText, int line, int column, string text)
    {
        _ = (slip, oldText, newText, line, column);
        foreach (var phrase in new[] { "While ", "scalar", "Exception", "block mapping", "block collection", "did not find expected", "Idx:" })
        {
            Assert.DoesNotContain(phrase, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void YAML_no_wording_knows_falls_back_to_a_plain_sentence_first_and_the_parser_s_detail_after()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Invoices, "%YAML 1.1\n%YAML 1.1\n---\n" + site.Read(Invoices));

        var diagnostic = SingleError(site, "two version directives");

        Assert.Equal((RuleIds.YamlSyntax, new SourceLocation(Invoices, 2, 1)), (diagnostic.RuleId, diagnostic.Location));
        Assert.Equal("This line could not be read as YAML: while scanning a version directive, did not find preceding <document end>.",
            diagnostic.Message);
        Assert.Equal(YamlErrorWording.GeneralFix, diagnostic.Fix);
    }

    // Commentary front matter starts on the file's second line: the line numbers in the message are the file's too.
    [Fact]
    public void A_tab_in_commentary_front_matter_names_the_file_s_line()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, "---\nindicator: 101\n\tperiod: 2024/25 Q3\n---\n## Commentary\nImproved.\n");

        var diagnostic = SingleError(site, "tab in front matter");

        Assert.Equal((RuleIds.YamlSyntax, new SourceLocation(Commentary, 3, 1)), (diagnostic.RuleId, diagnostic.Location));
        Assert.Equal("Line 3 starts with a tab; YAML needs spaces. Replace the tab at 3:1 with spaces.", $"{diagnostic.Message} {diagnostic.Fix}");
    }

    [Fact]
    public void A_field_written_twice_in_commentary_front_matter_names_the_file_s_lines()
    {
        using var site = TempSite.FromMinimal();
        site.Write(Commentary, "---\nindicator: 101\nindicator: 101\nperiod: 2024/25 Q3\n---\n## Commentary\nImproved.\n");

        var diagnostic = SingleError(site, "duplicate in front matter");

        Assert.Equal((RuleIds.YamlSyntax, new SourceLocation(Commentary, 3, 1)), (diagnostic.RuleId, diagnostic.Location));
        Assert.Equal("'indicator' is written twice in this file, on lines 2 and 3. Keep one of them.", $"{diagnostic.Message} {diagnostic.Fix}");
    }

    [Fact]
    public void A_value_after_its_anchor_is_still_read()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "target: 90", "target: &goal 90");
        site.Replace(Invoices, "    value: 88.5", "    value: *goal");

        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(site.Source, diagnostics);

        Assert.NotNull(loaded);
        Assert.DoesNotContain(diagnostics.ToList(), d => d.Severity == Severity.Error);
    }

    internal static Diagnostic SingleError(TempSite site, string slip)
    {
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(site.Source, diagnostics);
        var errors = diagnostics.ToList().Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1, $"{slip}: expected one error, found:\n{DiagnosticAssert.Describe(diagnostics.ToList())}");
        return errors[0];
    }
}
