using System.Globalization;
using System.IO.Compression;

namespace StaticKpi.Benchmarks;

/// <summary>
/// The size of a built site's indicator pages (<c>period/committee/id-slug/index.html</c>), raw and gzipped, without
/// the shared assets (CSS, scripts) that a browser caches once for the whole site; and, for comparison, of the
/// printable reports (<c>period/committee/print/index.html</c>), which hold a whole report on one page.
/// </summary>
internal static class PageSizes
{
    public static int Run(string site)
    {
        if (!Directory.Exists(site))
        {
            Console.Error.WriteLine($"error: there is no built site at {site}.");
            return 2;
        }

        var root = Path.GetFullPath(site);
        var byKind = Directory.EnumerateFiles(root, "index.html", SearchOption.AllDirectories)
            .Select(f => (File: f, Parts: Path.GetRelativePath(root, f).Replace('\\', '/').Split('/')))
            .Where(x => x.Parts.Length == 4)
            .ToLookup(x => x.Parts[2] == "print", x => x.File);
        if (!byKind[false].Any())
        {
            Console.Error.WriteLine($"error: {site} has no indicator pages.");
            return 2;
        }

        Console.WriteLine($"Indicator pages: {Describe(byKind[false].ToList())} (excluding shared assets and CSV downloads)");
        if (byKind[true].Any())
        {
            Console.WriteLine($"Printable reports: {Describe(byKind[true].ToList())}");
        }

        return 0;
    }

    private static string Describe(List<string> pages)
    {
        var raw = new List<long>(pages.Count);
        var gzip = new List<long>(pages.Count);
        foreach (var page in pages)
        {
            var bytes = File.ReadAllBytes(page);
            raw.Add(bytes.Length);
            using var compressed = new MemoryStream();
            using (var stream = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                stream.Write(bytes);
            }

            gzip.Add(compressed.Length);
        }

        static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
        raw.Sort();
        gzip.Sort();
        return $"{pages.Count}; HTML median {Kb(raw[raw.Count / 2])} KB, max {Kb(raw[^1])} KB; gzip median {Kb(gzip[gzip.Count / 2])} KB, " +
            $"max {Kb(gzip[^1])} KB";
    }
}
