using CsCheck;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Import;
using StaticKpi.Tests.Import;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 9 (every other way import could fail): a damaged, encrypted or missing table, a date no period
/// can have, and indicator files that are links are each refused plainly with file and row, never an internal
/// exception, and import never reads or writes through a link that leaves the site.
/// </summary>
public sealed class ImportFileFailureTests
{
    private const string Indicator101 = "content/indicators/101-invoices-paid.yaml";

    private const string NotAWorkbook =
        "The file could not be read as an Excel workbook (.xlsx). Save it from your spreadsheet program as 'Excel Workbook' or as CSV.";

    [Fact]
    public void An_encrypted_workbook_is_refused_with_what_to_do()
    {
        // Excel saves a password-protected workbook as an OLE compound file, whatever its name.
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, "protected.xlsx");
        File.WriteAllBytes(table, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]]);

        ImportRefusal.AssertRefused(site, table,
            $"{table}:1: error: The workbook is password-protected, or it is an old Excel 97-2003 (.xls) file. Remove the password, " +
            "or save it as 'Excel Workbook (.xlsx)' or as CSV, then import again.");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public void A_file_that_is_not_a_whole_workbook_is_refused_plainly(string kind)
    {
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, "figures.xlsx");
        var workbook = File.ReadAllBytes(ImportFiles.WriteXlsx(table, [["indicator", "period", "value"], [101.0, "2024/25 Q3", 92.0]]));
        File.WriteAllBytes(table, kind switch
        {
            "text" => "indicator,period,value\n101,2024/25 Q3,92\n"u8.ToArray(),
            "truncated" => workbook[..(workbook.Length / 2)],
            _ => [],
        });

        ImportRefusal.AssertRefused(site, table, $"{table}:1: error: {NotAWorkbook}");
    }

    [Fact]
    public void A_workbook_whose_sheet_points_nowhere_is_refused_plainly()
    {
        using var site = TempSite.FromMinimal();
        var table = ImportHostileFiles.Workbook(Path.Combine(site.Root, "figures.xlsx"), ImportHostileFiles.SheetStart + ImportHostileFiles.SheetEnd,
            new Dictionary<string, string>
            {
                ["xl/workbook.xml"] = """<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" """ +
                    """xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" """ +
                    """r:id="rId9"/></sheets></workbook>""",
            });

        ImportRefusal.AssertRefused(site, table, $"{table}:1: error: The workbook has no worksheet.");
    }

    [Fact]
    public void A_date_in_a_year_no_period_can_have_is_refused_with_its_row()
    {
        using var site = TempSite.FromMinimal();
        var table = ImportFiles.WriteXlsx(Path.Combine(site.Root, "figures.xlsx"),
            [["indicator", "period", "value"], [101.0, new DateOnly(9999, 12, 1), 92.0]]);

        ImportRefusal.AssertRefused(site, table,
            $"{table}:2: error: The period is the date 9999-12-01, in the year 9999; periods must fall between 1900 and 2199. " +
            "Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as '2023/24'.");
    }

    [Theory]
    [InlineData("missing", "The file could not be found. Check its name and import again.")]
    [InlineData("folder", "The file could not be opened: it is a folder, or you do not have permission to read it.")]
    public void A_table_that_cannot_be_opened_is_a_problem_not_an_exception(string kind, string problem)
    {
        // The command line checks that the file exists first; between that check and the read it can go away.
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, "figures.csv");
        if (kind == "folder")
        {
            Directory.CreateDirectory(table);
        }

        var result = FigureImport.Run(site.Source, table, "figures.csv");

        Assert.Equal([$"figures.csv:1: error: {problem}"], result.Problems.Select(p => p.ToString()));
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("folder")]
    public void An_indicator_file_linked_from_outside_the_site_is_neither_read_nor_written(string linked)
    {
        using var site = TempSite.FromMinimal();
        using var outside = new TempFolder();
        var indicators = site.PathOf("content/indicators");
        var outsideFile = Path.Combine(outside.Path, "101-invoices-paid.yaml");
        if (linked == "file")
        {
            File.Move(site.PathOf(Indicator101), outsideFile);
            File.CreateSymbolicLink(site.PathOf(Indicator101), outsideFile);
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(indicators))
            {
                File.Move(file, Path.Combine(outside.Path, Path.GetFileName(file)));
            }

            Directory.Delete(indicators);
            Directory.CreateSymbolicLink(indicators, outside.Path);
        }

        var outsideBefore = File.ReadAllBytes(outsideFile);
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"), [["indicator", "period", "value"], ["101", "2024/25 Q3", "95"]]);

        // The site's own check of links (SKPI026) refuses the link before import reads any indicator file.
        var before = ImportFiles.Snapshot(site.Source);
        var (exitCode, stdout, stderr) = ImportFiles.Run("import", table, "--source", site.Source);
        var linkedPath = linked == "file" ? Indicator101 : "content/indicators";
        var linkErrors = stderr.Split('\n').Where(line => line.Contains(" error SKPI026: ", StringComparison.Ordinal)).ToList();

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal($"{linkedPath}:1:1", Assert.Single(linkErrors)[..(linkedPath.Length + 4)]);
        ImportRefusal.AssertUnchanged(before, site);
        Assert.Equal(outsideBefore, File.ReadAllBytes(outsideFile));
        Assert.NotNull(new FileInfo(linked == "file" ? site.PathOf(Indicator101) : indicators).LinkTarget);
    }

    [Fact]
    public void An_indicator_file_linked_within_the_site_is_written_where_the_link_points_and_stays_a_link()
    {
        using var site = TempSite.FromMinimal();
        var shared = site.PathOf("content/shared/101.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
        File.Move(site.PathOf(Indicator101), shared);
        File.CreateSymbolicLink(site.PathOf(Indicator101), "../shared/101.yaml");
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"), [["indicator", "period", "value"], ["101", "2024/25 Q3", "95"]]);

        var (exitCode, _, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.Equal("", stderr);
        Assert.Equal(0, exitCode);
        Assert.Equal("../shared/101.yaml", new FileInfo(site.PathOf(Indicator101)).LinkTarget);
        Assert.EndsWith("  - period: 2024/25 Q3\n    value: 95\n", File.ReadAllText(shared), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_swapped_in_is_reported_by_name_and_nothing_changes()
    {
        using var folder = new TempFolder();
        var first = folder.Combine("a.yaml");
        File.WriteAllText(first, "old a\n");
        var blocked = folder.Combine("b.yaml");
        Directory.CreateDirectory(blocked); // a folder where a file should be: the swap fails

        Action write = () => AtomicFileSet.Write([(first, "new a\n"u8.ToArray()), (blocked, "new b\n"u8.ToArray())]);

        var error = Assert.Throws<FileSetWriteException>(write);

        Assert.Equal(blocked, error.Path);
        Assert.Equal("old a\n", File.ReadAllText(first));
        Assert.Equal(["a.yaml", "b.yaml"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order().ToList());
    }

    [Fact]
    public void A_damaged_workbook_is_always_a_located_problem_never_an_exception()
    {
        // Random bytes overwritten in (or the end cut off) a good workbook: the zip, the deflate streams and the XML
        // inside all break in different ways, and each must come back as a problem with the file and a row.
        using var site = TempSite.FromMinimal();
        var good = File.ReadAllBytes(ImportFiles.WriteXlsx(Path.Combine(site.Root, "good.xlsx"),
            [["indicator", "period", "value"], [101.0, "2024/25 Q3", 91.5], [103.0, "2024/25 Q3", 37.0]]));
        var table = Path.Combine(site.Root, "figures.xlsx");
        var before = ImportFiles.Snapshot(site.Source);
        var damage = Gen.Select(Gen.Int[0, good.Length - 1], Gen.Byte).Array[1, 8].Select(Gen.Int[good.Length / 4, good.Length],
            (bytes, length) => (bytes, length));

        damage.Sample(d =>
        {
            var bytes = good[..d.length];
            foreach (var (at, value) in d.bytes.Where(b => b.Item1 < bytes.Length))
            {
                bytes[at] = value;
            }

            File.WriteAllBytes(table, bytes);
            var result = FigureImport.Run(site.Source, table, "figures.xlsx");

            AssertLocatedOrImported(result, site, before);
        }, iter: 300, threads: 1);

        ImportRefusal.AssertUnchanged(before, site);
    }

    [Fact]
    public void A_workbook_with_damaged_xml_is_always_a_located_problem_never_an_exception()
    {
        // The zip is whole but the XML of a part is not: a character of the content types, a relationship, the
        // workbook or the sheet replaced by one that matters to XML or to the package (names, ids, numbers).
        using var site = TempSite.FromMinimal();
        var good = ImportFiles.WriteXlsx(Path.Combine(site.Root, "good.xlsx"),
            [["indicator", "period", "value"], [101.0, "2024/25 Q3", 91.5], [103.0, "2024/25 Q3", 37.0]]);
        var parts = ReadParts(good);
        var names = parts.Keys.Order(StringComparer.Ordinal).ToArray();
        var table = Path.Combine(site.Root, "figures.xlsx");
        var before = ImportFiles.Snapshot(site.Source);
        var damage = Gen.Select(Gen.OneOf(names), Gen.Int[0, int.MaxValue], Gen.OneOf('<', '>', '"', '/', '&', ':', '#', ' ', 'x', '9', '-', '\0'))
            .Array[1, 4];

        damage.Sample(changes =>
        {
            var damaged = parts.ToDictionary(p => p.Key, p => p.Value.ToCharArray());
            foreach (var (name, at, c) in changes)
            {
                damaged[name][at % damaged[name].Length] = c;
            }

            WriteParts(table, damaged.ToDictionary(p => p.Key, p => new string(p.Value)));
            var result = FigureImport.Run(site.Source, table, "figures.xlsx");

            AssertLocatedOrImported(result, site, before);
        }, iter: 300, threads: 1);

        ImportRefusal.AssertUnchanged(before, site);
    }

    /// <summary>
    /// A refused import has problems, each with the file and a row; one that succeeded (the damage only changed a
    /// figure, say 91.5 to 9195) left a site that loads, which is then put back as it was for the next case.
    /// </summary>
    private static void AssertLocatedOrImported(ImportResult result, TempSite site, SortedDictionary<string, byte[]> before)
    {
        Assert.All(result.Problems, p => Assert.True(p.Row >= 1
            && (p.File == "figures.xlsx" || p.File.StartsWith("content/", StringComparison.Ordinal)), p.ToString()));
        if (!result.Succeeded)
        {
            Assert.NotEmpty(result.Problems.Cast<object>().Concat(result.SiteErrors));
            return;
        }

        var diagnostics = new DiagnosticBag();
        Assert.NotNull(ContentLoader.Load(site.Source, diagnostics));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        foreach (var (file, bytes) in before)
        {
            File.WriteAllBytes(site.PathOf(file), bytes);
        }
    }

    private static Dictionary<string, string> ReadParts(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }

    private static void WriteParts(string path, Dictionary<string, string> parts)
    {
        File.Delete(path);
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create);
        foreach (var (name, text) in parts)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }
    }
}
