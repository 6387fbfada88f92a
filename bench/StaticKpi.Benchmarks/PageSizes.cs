using System.Globalization;
using System.IO.Compression;

namespace StaticKpi.Benchmarks;

/// <summary>
/// The size of a built site's indicator pages (<c>period/committee/id-slug/index.html</c>), raw and gzipped, without
/// the shared assets (CSS, scripts) that a browser caches once for the whole site.
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
        var pages = Directory.EnumerateFiles(root, "index.html", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(root, f).Replace('\\', '/').Count(c => c == '/') == 3)
            .ToList();
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"error: {site} has no indicator pages.");
            return 2;
        }

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
        Console.WriteLine($"Indicator pages: {pages.Count}; HTML median {Kb(raw[raw.Count / 2])} KB, max {Kb(raw[^1])} KB; " +
                          $"gzip median {Kb(gzip[gzip.Count / 2])} KB, max {Kb(gzip[^1])} KB (excluding shared assets and CSV downloads)");
        return 0;
    }
}
