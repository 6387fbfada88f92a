using System.Text;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>
/// The files of the site a fuzz case starts from (tests/fixtures/minimal), held in memory as byte strings: one
/// Latin-1 character per byte, so a mutation can put any byte anywhere (invalid UTF-8 included) with ordinary
/// string operations, and the file is written back byte for byte.
/// </summary>
internal sealed class FuzzSite
{
    /// <summary>The text every canary file holds; no output file and no line of the CLI's output may contain it.</summary>
    public const string Canary = "SECRETCANARY";

    private FuzzSite(List<string> paths, Dictionary<string, string> files, Dictionary<string, string> symlinks)
    {
        Paths = paths;
        Files = files;
        Symlinks = symlinks;
    }

    /// <summary>The unmutated fixture; never changed (mutations work on a <see cref="Clone"/>).</summary>
    public static FuzzSite Original { get; } = WithChart(Load(TempSite.MinimalFixture));

    /// <summary>
    /// The minimal fixture has no chart of its own (<c>charts:</c>), whose categories, series names, axis titles and
    /// benchmark names reach plotly and the chart's CSV; one is added so mutations reach them too.
    /// </summary>
    private static FuzzSite WithChart(FuzzSite site)
    {
        const string Indicator = "content/indicators/101-invoices-paid.yaml";
        site.Files[Indicator] = site.Files[Indicator].TrimEnd('\n') + "\n" + FromText("""
            charts:
              - period: 2024/25 Q3
                type: category_comparison
                title: Invoices paid within 30 days by directorate
                x_title: Directorate
                y_title: Share paid within 30 days
                categories:
                  - Adults and Health
                  - Place
                series:
                  - name: Paid within 30 days
                    values: [88.5, 93.0]
                benchmarks:
                  - name: Council-wide
                    value: 91.5

            """);
        return site;
    }

    /// <summary>Every file a mutation may pick, by site-relative path with <c>/</c>, in a fixed order.</summary>
    public List<string> Paths { get; }

    /// <summary>Site-relative path to contents as a byte string (see <see cref="ToBytes"/>).</summary>
    public Dictionary<string, string> Files { get; }

    /// <summary>Site-relative path to a symbolic link's target, relative to the link's own folder.</summary>
    public Dictionary<string, string> Symlinks { get; }

    public static FuzzSite Load(string directory)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            files[relative] = Encoding.Latin1.GetString(File.ReadAllBytes(file));
        }

        return new FuzzSite([.. files.Keys.Order(StringComparer.Ordinal)], files, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    public FuzzSite Clone() =>
        new([.. Paths], new Dictionary<string, string>(Files, StringComparer.Ordinal),
            new Dictionary<string, string>(Symlinks, StringComparer.Ordinal));

    /// <summary>The path a mutation's file number stands for (any number is valid: it wraps round).</summary>
    public string PathAt(int file) => Paths[file % Paths.Count];

    /// <summary>UTF-8 text as a byte string, for putting text (payloads, markers) into a file.</summary>
    public static string FromText(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    public static byte[] ToBytes(string byteString) => Encoding.Latin1.GetBytes(byteString);

    /// <summary>A byte string shown as text for a description: valid UTF-8 decoded, anything else replaced.</summary>
    public static string ToText(string byteString) => Encoding.UTF8.GetString(ToBytes(byteString));

    public void Rename(string from, string to)
    {
        if (from == to || Files.ContainsKey(to) || Symlinks.ContainsKey(to))
        {
            return;
        }

        Paths[Paths.IndexOf(from)] = to;
        if (Files.Remove(from, out var text))
        {
            Files[to] = text;
        }
        else if (Symlinks.Remove(from, out var target))
        {
            Symlinks[to] = target;
        }
    }

    /// <summary>Replaces a file by a symbolic link to <paramref name="target"/> (relative to the file's folder).</summary>
    public void MakeSymlink(string path, string target)
    {
        Files.Remove(path);
        Symlinks[path] = target;
    }

    /// <summary>The file's contents, or null for a symbolic link.</summary>
    public string? Text(string path) => Files.GetValueOrDefault(path);

    public void WriteTo(string directory)
    {
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, ToBytes(text));
        }

        foreach (var (path, target) in Symlinks)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.CreateSymbolicLink(full, target);
        }
    }
}
