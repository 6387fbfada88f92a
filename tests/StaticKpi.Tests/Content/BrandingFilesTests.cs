using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Tests.Content;

/// <summary>
/// The files a site's branding names, as <see cref="BrandingFiles"/> checks them when the site loads: present, not too
/// large, what their names say, and an SVG a picture alone.
/// </summary>
public sealed class BrandingFilesTests : IDisposable
{
    private const string Fix = "Save the logo again as a plain SVG (with no scripts, links or embedded files), or use a PNG.";
    private static readonly SourceLocation Named = new("site.config.yaml", 12, 11);
    private readonly string _site = Directory.CreateTempSubdirectory("statickpi-brand-").FullName;

    public void Dispose() => Directory.Delete(_site, recursive: true);

    private IReadOnlyList<Diagnostic> Check(string path, byte[]? bytes, string kind = "logo")
    {
        if (bytes is not null)
        {
            Directory.CreateDirectory(Path.Combine(_site, "assets"));
            File.WriteAllBytes(Path.Combine(_site, path), bytes);
        }

        var file = new BrandFile(path, kind, Named);
        var branding = kind switch
        {
            "logo" => Branding.None with { Logo = new BrandLogo(file, "Northmoor District Council") },
            "favicon" => Branding.None with { Favicon = file },
            _ => Branding.None with { Stylesheet = file },
        };
        return BrandingFiles.Problems(new SiteFolder(_site), branding);
    }

    private IReadOnlyList<Diagnostic> CheckSvg(string svg) => Check("assets/logo.svg", System.Text.Encoding.UTF8.GetBytes(svg));

    private static void AssertSingle(IReadOnlyList<Diagnostic> diagnostics, string rule, SourceLocation at, string message, string? fix = Fix) =>
        Assert.Equal(new Diagnostic(Severity.Error, rule, at, message, fix), Assert.Single(diagnostics));

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1d4f91"/></svg>""")]
    [InlineData("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment -->
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
          <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h4"/></defs>
          <style>.a { fill: url(#g); }</style>
          <use href="#p"/><use xlink:href="#p"/><rect style="fill: url( '#g' )" width="4" height="4"/>
        </svg>
        """)]
    public void A_plain_svg_with_references_only_within_itself_is_accepted(string svg) => Assert.Empty(CheckSvg(svg));

    [Theory]
    // The column is that of the element's name, just after its '<'.
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>", 2, 4, "a <script> element")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", 1, 2, "an event handler (onload=\"…\")")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><g ONCLICK=\"x()\"/></svg>", 1, 42, "an event handler (ONCLICK=\"…\")")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/p.png\"/></svg>", 1, 42,
        "a reference to another file or site (href=\"https://tracker.example/p.png\")")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><use x:href=\"other.svg#a\"/></svg>", 1, 81,
        "a reference to another file or site (x:href=\"other.svg#a\")")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject/></svg>", 1, 42,
        "a <foreignObject> element (a web page inside the picture)")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import 'https://x.example/a.css';</style></svg>", 1, 42,
        "a <style> element that imports another stylesheet")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill: url(https://x.example/p.svg#a)\"/></svg>", 1, 42,
        "a style attribute that refers to another file or site")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>.a{fill:red}</style><script/></svg>", 1, 69, "a <script> element")]
    public void An_svg_with_a_script_handler_or_outside_reference_is_refused_where_it_is(string svg, int line, int column, string what) =>
        AssertSingle(CheckSvg(svg), RuleIds.UnsafeBrandImage, new SourceLocation("assets/logo.svg", line, column),
            $"The logo 'assets/logo.svg' has {what}; a logo must be a picture alone, with no scripts, event handlers or references to " +
            "other files or sites.");

    [Fact]
    public void An_svg_with_a_doctype_is_refused_without_reading_it()
    {
        var diagnostics = CheckSvg("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" +
                                   "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>");

        // XmlReader stops at the DOCTYPE without saying where it is: the message names the file alone.
        AssertSingle(diagnostics, RuleIds.UnsafeBrandImage, SourceLocation.FileOnly("assets/logo.svg"),
            "The logo 'assets/logo.svg' has a DOCTYPE declaration, which can pull in other files; a logo must be a picture alone.");
    }

    [Fact]
    public void A_file_that_is_not_an_svg_or_not_well_formed_is_refused()
    {
        AssertSingle(CheckSvg("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"), RuleIds.BadValue, new SourceLocation("assets/logo.svg", 1, 2),
            "The logo 'assets/logo.svg' is not an SVG image: it starts with <html> where an SVG starts with " +
            "<svg xmlns=\"http://www.w3.org/2000/svg\">.");
        AssertSingle(CheckSvg("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g></svg>"), RuleIds.BadValue, new SourceLocation("assets/logo.svg", 2, 6),
            "The logo 'assets/logo.svg' is not a well-formed SVG file (the problem is at this line and column).");
    }

    [Theory]
    [InlineData("assets/logo.png", "logo", "a PNG image")]
    [InlineData("assets/favicon.ico", "favicon", "an ICO icon")]
    public void A_png_or_ico_whose_bytes_are_not_one_is_refused(string path, string kind, string what) =>
        AssertSingle(Check(path, "GIF89a"u8.ToArray(), kind), RuleIds.BadValue, Named,
            $"The {kind} '{path}' is not {what}, though its name says so.",
            $"Export the {kind} again as {what}, or give the file the extension of what it is.");

    [Fact]
    public void Real_png_and_ico_files_are_accepted()
    {
        Assert.Empty(Check("assets/logo.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));
        Assert.Empty(Check("assets/favicon.ico", [0, 0, 1, 0, 1, 0, 16, 16], "favicon"));
    }

    [Fact]
    public void A_missing_file_is_an_error_where_the_configuration_names_it() =>
        AssertSingle(Check("assets/logo.svg", null), RuleIds.FileError, Named, "The logo 'assets/logo.svg' is not in the site folder.",
            "Put the file at assets/logo.svg (beside site.config.yaml, in the assets/ folder), or correct the path.");

    [Theory]
    [InlineData("logo", "assets/logo.png", 524_289, "The logo 'assets/logo.png' is 524,289 bytes; a logo can be at most 524,288 bytes.",
        "Make the logo smaller: an SVG saved as plain SVG, or a PNG at the size it is shown.")]
    [InlineData("stylesheet", "assets/site.css", 262_145,
        "The stylesheet 'assets/site.css' is 262,145 bytes; a stylesheet can be at most 262,144 bytes.",
        "Keep only the rules the site needs, and leave out embedded fonts and pictures.")]
    public void A_file_over_its_kinds_limit_is_refused(string kind, string path, int size, string message, string fix)
    {
        // The size is checked before anything else, so the bytes need not be a real PNG.
        AssertSingle(Check(path, new byte[size], kind), RuleIds.FileTooLarge, Named, message, fix);
    }

    [Fact]
    public void A_link_that_leads_out_of_the_site_is_never_read()
    {
        Directory.CreateDirectory(Path.Combine(_site, "assets"));
        var outside = Path.Combine(Path.GetTempPath(), $"statickpi-outside-{Guid.NewGuid():N}.svg");
        File.WriteAllText(outside, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        try
        {
            File.CreateSymbolicLink(Path.Combine(_site, "assets", "logo.svg"), outside);

            var diagnostic = Assert.Single(Check("assets/logo.svg", null));

            Assert.Equal((RuleIds.LinkLeavesSite, "assets/logo.svg"), (diagnostic.RuleId, diagnostic.Location.File));
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
