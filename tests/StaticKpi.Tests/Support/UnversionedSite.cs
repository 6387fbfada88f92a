namespace StaticKpi.Tests.Support;

/// <summary>The minimal fixture as a site written before content formats were numbered: no <c>format:</c> line (format 0).</summary>
internal static class UnversionedSite
{
    /// <param name="header">What takes the place of the fixture's first line, <c>format: 1</c>: a comment, or nothing.</param>
    public static TempSite Create(string header = "")
    {
        var site = TempSite.FromMinimal();
        site.Replace("site.config.yaml", "format: 1\n", header);
        return site;
    }
}
