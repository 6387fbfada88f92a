using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace StaticKpi.Formatting;

/// <summary>
/// The one CSV writer of the site (chart downloads and open data alike): RFC 4180 with <c>\n</c> line endings, the
/// same bytes on every machine, and safe to open in a spreadsheet. A text cell that a spreadsheet would run as a
/// formula (it starts with <c>= + - @</c>, a tab or a carriage return, such as <c>=HYPERLINK(…)</c>) gets a leading
/// apostrophe, as OWASP advises; numbers stay numbers. (CsvHelper's own injection guard cannot tell a number the site
/// formatted, <c>-£3.50</c>, from text, so the guard is applied here, with CsvHelper's list of formula characters.)
/// </summary>
/// <remarks>Write the cells of a row, end it with <see cref="EndRow"/>, and take the text with <see cref="ToString"/>.</remarks>
public sealed partial class SpreadsheetCsv : IDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>What a cell that a spreadsheet would run as a formula starts with: <c>= @ + -</c>, tab and CR (OWASP).</summary>
    private static readonly string FormulaStarts = CsvWriterOptions.Default.InjectionCharacters;

    private readonly StringWriter _text = new(CultureInfo.InvariantCulture);
    private readonly CsvWriter _csv;
    private bool _finished;

    public SpreadsheetCsv() => _csv = CsvWriter.Create(_text, Options, leaveOpen: true);

    /// <summary>A text cell (a name, a label, a note): guarded when it starts like a formula. Null is an empty cell.</summary>
    public void WriteText(string? text) => _csv.WriteField(Guarded(text));

    /// <summary>
    /// A cell that holds a number when the site has one (<c>-3.5</c>, <c>-£1,250.00</c>, <c>12.5%</c>) and text
    /// otherwise (<c>No data</c>, a date, a category): a plain number is written as it is, so a spreadsheet reads a
    /// negative number as a number; anything else is a text cell. Null is an empty cell.
    /// </summary>
    public void WriteValue(string? value)
    {
        if (value is not null && PlainNumber().IsMatch(value))
        {
            // -5 cannot be a formula, and with an apostrophe a spreadsheet would read it as text.
            _csv.WriteField(value);
        }
        else
        {
            WriteText(value);
        }
    }

    /// <summary>
    /// Text that a spreadsheet would run as a formula with a leading apostrophe, which makes the cell text. Anything
    /// else as it is.
    /// </summary>
    public static string? Guarded(string? text) =>
        text is { Length: > 0 } && FormulaStarts.Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    public void EndRow() => _csv.EndRecord();

    /// <summary>Everything written so far; the writer takes no more cells after this.</summary>
    public override string ToString()
    {
        Finish();
        return _text.ToString();
    }

    public void Dispose()
    {
        Finish();
        _text.Dispose();
    }

    private void Finish()
    {
        if (!_finished)
        {
            _finished = true;
            _csv.Dispose();
        }
    }

    /// <summary>
    /// A number as the site writes numbers: an optional minus, one currency symbol, digits (in groups of three with
    /// commas, or none), decimals and a percent sign. Nothing matching it can be a formula.
    /// </summary>
    [GeneratedRegex(@"^-?\p{Sc}?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?%?\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
