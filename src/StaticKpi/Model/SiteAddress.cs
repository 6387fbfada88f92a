namespace StaticKpi.Model;

/// <summary>
/// Where the site is published, from <c>base_url</c>: <c>https://example.org/performance/</c> is an absolute
/// address whose <see cref="Path"/> is <c>/performance/</c>. Pages link to each other relatively, so they work at
/// any address; canonical links, the sitemap and the feed need the absolute one.
/// </summary>
public sealed class SiteAddress
{
    public SiteAddress(string baseUrl)
    {
        BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        if (Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            IsAbsolute = true;
            Path = uri.AbsolutePath;
        }
        else
        {
            Path = BaseUrl.StartsWith('/') ? BaseUrl : "/" + BaseUrl;
        }
    }

    /// <summary>The configured address, always ending in '/'.</summary>
    public string BaseUrl { get; }

    /// <summary>True when <see cref="BaseUrl"/> is a full http or https address, as sitemaps and feeds require.</summary>
    public bool IsAbsolute { get; }

    /// <summary>The path the site is published under, starting and ending with '/': "/" at the root of a host.</summary>
    public string Path { get; }

    /// <summary>The address of a page or file from its address relative to the site root ("key/" or "data/x.csv").</summary>
    public string Of(string relativeUrl) => BaseUrl + relativeUrl;

    /// <summary>The address of the page written at an output path, as a folder for an index.html ("2024-25-q3/finance/").</summary>
    public string OfPage(string outputPath) => Of(RelativeUrlOf(outputPath));

    /// <summary>A page's address relative to the site root: "" for the home page, "key/" for key/index.html.</summary>
    public static string RelativeUrlOf(string outputPath) =>
        outputPath == "index.html" ? ""
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length]
        : outputPath;
}
