using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Builds hostile import tables in a test's temporary folder (nothing large is committed): xlsx files are written with
/// System.IO.Compression part by part, so a worksheet can be gigabytes of XML that unzips from a few megabytes.
/// </summary>
public static class ImportHostileFiles
{
    public const string SheetPart = "xl/worksheets/sheet1.xml";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" """ +
        """ContentType="application/xml"/><Override PartName="/xl/workbook.xml" """ +
        """ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override """ +
        """PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""";

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships """ +
        """xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" """ +
        """Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookXml =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" """ +
        """xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Figures" sheetId="1" r:id="rId1"/>""" +
        """</sheets></workbook>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships """ +
        """xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" """ +
        """Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""";

    public const string SheetStart =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" +
        """<sheetData>""";

    public const string SheetEnd = "</sheetData></worksheet>";

    /// <summary>
    /// A one-sheet workbook whose worksheet XML is written by <paramref name="writeSheet"/>; <paramref name="parts"/>
    /// replaces any of the other parts by name (a content types file with a DTD, say).
    /// </summary>
    public static string Workbook(string path, Action<Stream> writeSheet, IReadOnlyDictionary<string, string>? parts = null)
    {
        var standard = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = ContentTypes,
            ["_rels/.rels"] = PackageRelationships,
            ["xl/workbook.xml"] = WorkbookXml,
            ["xl/_rels/workbook.xml.rels"] = WorkbookRelationships,
        };
        foreach (var (name, text) in parts ?? new Dictionary<string, string>())
        {
            standard[name] = text;
        }

        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, text) in standard)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        using (var sheet = zip.CreateEntry(SheetPart, CompressionLevel.Optimal).Open())
        {
            writeSheet(sheet);
        }

        return path;
    }

    /// <summary>A workbook whose worksheet is the given XML.</summary>
    public static string Workbook(string path, string sheetXml, IReadOnlyDictionary<string, string>? parts = null) =>
        Workbook(path, s => s.Write(Encoding.UTF8.GetBytes(sheetXml)), parts);

    /// <summary>A worksheet of <paramref name="count"/> empty rows (<c>&lt;row/&gt;</c>, six bytes each).</summary>
    public static string EmptyRows(string path, long count) => Workbook(path, sheet =>
    {
        WriteText(sheet, SheetStart);
        Repeat(sheet, "<row/>"u8, count);
        WriteText(sheet, SheetEnd);
    });

    /// <summary>A worksheet with <paramref name="bytes"/> of spaces between its start and its data.</summary>
    public static string Whitespace(string path, long bytes) => Workbook(path, sheet =>
    {
        WriteText(sheet, """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet """ +
            """xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        Repeat(sheet, " "u8, bytes);
        WriteText(sheet, "<sheetData/></worksheet>");
    });

    /// <summary>
    /// Rewrites the uncompressed size of <paramref name="entry"/> in both its local header and the zip's central
    /// directory, as a hand-made zip bomb can: the directory then says the part is <paramref name="declaredSize"/>
    /// bytes while its data still unzips to its real size.
    /// </summary>
    public static void DeclareSize(string path, string entry, uint declaredSize)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.ASCII.GetBytes(entry);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (sizeOffset, nameOffset) = signature switch
            {
                0x04034b50 => (22, 30), // local file header
                0x02014b50 => (24, 46), // central directory file header
                _ => (-1, -1),
            };
            if (sizeOffset > 0 && bytes.AsSpan(i + nameOffset).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeOffset), declaredSize);
                patched++;
            }
        }

        Assert.Equal(2, patched);
        File.WriteAllBytes(path, bytes);
    }

    private static void WriteText(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static void Repeat(Stream stream, ReadOnlySpan<byte> unit, long count)
    {
        // Whole blocks of the unit, then what is left; a block is 1 MB or less.
        var perBlock = Math.Max(1, (1 << 20) / unit.Length);
        var block = new byte[perBlock * unit.Length];
        for (var i = 0; i < perBlock; i++)
        {
            unit.CopyTo(block.AsSpan(i * unit.Length));
        }

        for (; count >= perBlock; count -= perBlock)
        {
            stream.Write(block);
        }

        stream.Write(block.AsSpan(0, (int)count * unit.Length));
    }
}
