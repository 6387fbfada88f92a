using StaticKpi.Diagnostics;

namespace StaticKpi.Tests.Content;

/// <summary>
/// Issue 13: 'n/a', '-' and the like typed where there is no figure. A series value gets StaticKpi's way of saying
/// so (an empty value and a note); a field that must have a figure says so; a real mistake ('85%') keeps the advice
/// to write plain numbers. 'TBC' is still a valid target.
/// </summary>
public sealed class NoFigureValueTests
{
    private const string Invoices = "content/indicators/101-invoices-paid.yaml";
    private const string PlainNumbers = "Write plain numbers without commas, currency symbols or percent signs, for example 2250 or 85.5.";
    private const string LeaveEmpty = "If there is no figure, leave 'value:' empty and add a 'note:' saying why.";

    public static TheoryData<string, string, int, int, string, string> Cases => new()
    {
        { "    value: 86.0", "    value: n/a", 24, 12, "'value' should be a number, but it is 'n/a'.", LeaveEmpty },
        { "    value: 86.0", "    value: N/A", 24, 12, "'value' should be a number, but it is 'N/A'.", LeaveEmpty },
        { "    value: 86.0", "    value: --", 24, 12, "'value' should be a number, but it is '--'.", LeaveEmpty },
        { "    value: 86.0", "    value: tbc", 24, 12, "'value' should be a number, but it is 'tbc'.", LeaveEmpty },
        { "    value: 86.0", "    value: TBC", 24, 12, "'value' should be a number, but it is 'TBC'.", LeaveEmpty },
        { "    value: 86.0", "    value: Not available", 24, 12, "'value' should be a number, but it is 'Not available'.", LeaveEmpty },
        { "    value: 86.0", "    value: \"-\"", 24, 12, "'value' should be a number, but it is '-'.", LeaveEmpty },
        { "    value: 86.0", "    value: 86%", 24, 12, "'value' should be a number, but it is '86%'.", PlainNumbers },
        { "    value: 88.5", "    value: n/a", 15, 12, "'value' should be a number, but it is 'n/a'.",
            "'value' needs a figure: write it as a plain number, or remove the entry if there is none." },
        { "target: 90", "target: n/a", 9, 9, "'target' should be a number, but it is 'n/a'.",
            "Write the target as a number, or TBC if it is still being set; or leave 'target' out if there is none." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_word_for_no_figure_is_SKPI003_with_the_way_to_say_there_is_none(string oldText, string newText, int line, int column,
        string message, string fix)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, oldText, newText);

        var diagnostic = YamlErrorWordingTests.SingleError(site, newText);

        Assert.Equal((RuleIds.WrongType, new SourceLocation(Invoices, line, column)), (diagnostic.RuleId, diagnostic.Location));
        Assert.Equal((message, fix), (diagnostic.Message, diagnostic.Fix));
    }

    [Theory]
    [InlineData("target: TBC")]
    [InlineData("target: tbc")]
    public void TBC_is_still_a_valid_target(string target)
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Invoices, "target: 90", target);

        var diagnostics = new DiagnosticBag();
        StaticKpi.Content.ContentLoader.Load(site.Source, diagnostics);

        Assert.DoesNotContain(diagnostics.ToList(), d => d.Severity == Severity.Error);
    }
}
