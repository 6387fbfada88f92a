using System.Text;

namespace StaticKpi.Pages;

/// <summary>The files written beside a page: its charts' CSV downloads and any files of its own (the search index).</summary>
public static class PageFiles
{
    /// <summary>Excel opens CSV as UTF-8 only with a byte order mark, so "£" survives the download.</summary>
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The CSV downloads of a page's charts, written next to the page.</summary>
    public static IEnumerable<PageFile> Of(PageModel page)
    {
        var folder = page.OutputPath[..(page.OutputPath.LastIndexOf('/') + 1)];
        var charts = page.WritesChartFiles ? page.Charts : [];
        return charts.Select(chart => new PageFile(folder + chart.CsvFileName, CsvBytes(chart.Csv))).Concat(page.ExtraFiles);
    }

    public static byte[] CsvBytes(string csv)
    {
        var bytes = new byte[Utf8Bom.Length + Encoding.UTF8.GetByteCount(csv)];
        Utf8Bom.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(csv, bytes.AsSpan(Utf8Bom.Length));
        return bytes;
    }

    /// <summary>How many bytes <see cref="CsvBytes"/> writes for this text, without writing them.</summary>
    public static int CsvLength(string csv) => Utf8Bom.Length + Encoding.UTF8.GetByteCount(csv);
}
