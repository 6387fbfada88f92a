using StaticKpi.Import;
using StaticKpi.Tests.Import;
using Xunit.Abstractions;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 9: a hostile xlsx (a zip bomb, a whitespace bomb, a zip directory that lies, a DTD) is refused
/// with a plain message naming the file, nothing is written, and the import stays within 200 MB of memory.
/// </summary>
public sealed class ImportXlsxBombTests(ITestOutputHelper output)
{
    private const string TooLarge =
        "The workbook unzips to more than 16 MB, far more than a table of figures; it may be damaged or built to exhaust memory (a zip bomb). " +
        "Save the figures again from your spreadsheet program, or as CSV.";

    private const string DamagedXml =
        "The workbook could not be read: its XML is damaged, or it declares a document type (DTD), which spreadsheet programs never write " +
        "and which StaticKpi does not read. Save the figures again from your spreadsheet program, or as CSV.";

    [Fact]
    public void A_zip_bomb_of_twenty_million_empty_rows_is_refused_within_200_MB()
    {
        using var site = TempSite.FromMinimal();
        var table = ImportHostileFiles.EmptyRows(Path.Combine(site.Root, "bomb.xlsx"), 20_000_000);
        Assert.InRange(new FileInfo(table).Length, 1, 1024 * 1024); // 120 MB of XML in well under 1 MB

        AssertRefusedWithin200MB(site, table, $"{table}:1: error: {TooLarge}");
    }

    [Fact]
    public void A_worksheet_of_a_million_empty_rows_stops_at_the_row_limit_within_200_MB()
    {
        // Small enough to pass the size check: the row limit stops it, at the first row past it.
        using var site = TempSite.FromMinimal();
        var table = ImportHostileFiles.EmptyRows(Path.Combine(site.Root, "rows.xlsx"), 1_000_000);

        AssertRefusedWithin200MB(site, table,
            $"{table}:100001: error: The table goes on past row 100,000, and StaticKpi imports at most 100,000 rows at a time. " +
            "Delete the empty or unrelated rows below the figures, or split the table and import each part.");
    }

    [Fact]
    public void A_four_gigabyte_whitespace_bomb_is_refused_plainly_within_200_MB()
    {
        using var site = TempSite.FromMinimal();
        var table = ImportHostileFiles.Whitespace(Path.Combine(site.Root, "spaces.xlsx"), 4L * 1024 * 1024 * 1024);

        AssertRefusedWithin200MB(site, table, $"{table}:1: error: {TooLarge}");
    }

    [Fact]
    public void A_zip_directory_that_understates_a_parts_size_is_refused_plainly()
    {
        // The zip's directory says the 60 MB worksheet is 1 KB: the size check passes, and the read stops at 1 KB.
        using var site = TempSite.FromMinimal();
        var table = ImportHostileFiles.EmptyRows(Path.Combine(site.Root, "liar.xlsx"), 10_000_000);
        ImportHostileFiles.DeclareSize(table, ImportHostileFiles.SheetPart, 1024);

        ImportRefusal.AssertRefused(site, table, $"{table}:1: error: {DamagedXml}");
    }

    [Fact]
    public void Unzipped_bytes_are_counted_as_they_are_read_whatever_the_zip_says()
    {
        var budget = new UnzippedBudget();
        using var endless = budget.Wrap(new EndlessStream());
        var buffer = new byte[1024 * 1024];

        Action readForEver = () =>
        {
            while (true)
            {
                endless.ReadExactly(buffer);
            }
        };

        var error = Assert.Throws<UnreadableTableException>(readForEver);

        Assert.Equal((1, TooLarge), (error.Row, error.Message));
    }

    [Theory]
    [InlineData("xxe", """<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/hostname">]>""", "&secret;")]
    [InlineData("laughs", """<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY """ +
        """c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY """ +
        """f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY """ +
        """i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>""", "&i;")]
    public void A_worksheet_with_a_dtd_is_refused_and_its_entities_never_expanded(string name, string doctype, string reference)
    {
        using var site = TempSite.FromMinimal();
        var sheet = """<?xml version="1.0" encoding="UTF-8"?>""" + doctype +
                    """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" +
                    """<row r="1"><c r="A1" t="inlineStr"><is><t>indicator</t></is></c><c r="B1" t="inlineStr"><is><t>period</t></is></c><c """ +
                    """r="C1" t="inlineStr"><is><t>value</t></is></c></row>""" +
                    $"""<row r="2"><c r="A2"><v>101</v></c><c r="B2" t="inlineStr"><is><t>2024/25 Q3</t></is></c><c r="C2" t="inlineStr"><is>""" +
                    $"""<t>{reference}</t></is></c></row>""" +
                    ImportHostileFiles.SheetEnd;
        var table = ImportHostileFiles.Workbook(Path.Combine(site.Root, $"{name}.xlsx"), sheet);

        ImportRefusal.AssertRefused(site, table, $"{table}:1: error: {DamagedXml}");
    }

    [Fact]
    public void A_dtd_in_the_package_parts_is_refused_too()
    {
        using var site = TempSite.FromMinimal();
        var contentTypes = """<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY x "x">]><Types """ +
            """xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""";
        var table = ImportHostileFiles.Workbook(Path.Combine(site.Root, "types.xlsx"), ImportHostileFiles.SheetStart + ImportHostileFiles.SheetEnd,
            new Dictionary<string, string> { ["[Content_Types].xml"] = contentTypes });

        ImportRefusal.AssertRefused(site, table, $"{table}:1: error: {DamagedXml}");
    }

    [Fact]
    public void A_real_table_within_the_limits_is_still_imported_within_200_MB()
    {
        // Every month of a century for one indicator, each with a long note: far more than any real import.
        // (Not 2011-12 and the like, which are financial years.)
        using var site = TempSite.FromMinimal();
        site.Replace("content/indicators/101-invoices-paid.yaml", "frequency: quarterly\n", "frequency: monthly\n");
        var months = Enumerable.Range(0, 100 * 12).Select(i => (Year: 1950 + (i / 12), Month: (i % 12) + 1))
            .Where(m => m.Month != (m.Year + 1) % 100).Select(m => $"{m.Year}-{m.Month:D2}").ToList();
        var table = ImportFiles.WriteXlsx(Path.Combine(site.Root, "history.xlsx"),
            [["indicator", "period", "value", "notes"],
                .. months.Select(m => (IReadOnlyList<object>)[101.0, m, 90.5, "From the archive. " + new string('n', 200)])]);

        var outcome = ImportChildProcess.Run("import", table, "--source", site.Source);
        output.WriteLine($"peak resident memory: {outcome.PeakBytes / (1024 * 1024)} MB");

        Assert.Equal("", outcome.Stderr);
        Assert.Equal(0, outcome.ExitCode);
        Assert.EndsWith($"Imported {months.Count} rows from {table}: 0 values changed, {months.Count} periods added, 0 targets set, " +
            "0 rows already up to date; 1 file updated.\n",
            outcome.Stdout, StringComparison.Ordinal);
        Assert.InRange(outcome.PeakBytes, 1, ImportChildProcess.MemoryLimitBytes);
    }

    private void AssertRefusedWithin200MB(TempSite site, string table, string problem)
    {
        var before = ImportFiles.Snapshot(site.Source);

        var outcome = ImportChildProcess.Run("import", table, "--source", site.Source);
        output.WriteLine($"peak resident memory: {outcome.PeakBytes / (1024 * 1024)} MB");

        Assert.Equal(problem + "\n" + ImportRefusal.Summary(1), outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
        Assert.Equal(1, outcome.ExitCode);
        Assert.InRange(outcome.PeakBytes, 1, ImportChildProcess.MemoryLimitBytes);
        ImportRefusal.AssertUnchanged(before, site);
    }

    /// <summary>Bytes for ever, as a part whose real size is unbounded.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
