using System.Globalization;
using System.Xml;
using StaticKpi.Diagnostics;
using StaticKpi.Model;

namespace StaticKpi.Content;

/// <summary>
/// Checks the files a site's branding names (<see cref="Branding.Files"/>): each must be in the site folder, no larger
/// than a real one of its kind, and what its name says it is. An SVG logo or favicon is shown on every page, so it must
/// be a picture alone: no script, no event handler attribute, no reference to another file or site (which would leak
/// readers' visits or change the picture after review). It is read with <see cref="XmlReader"/>, DTDs prohibited, so
/// an SVG cannot pull in entities either.
/// </summary>
public static class BrandingFiles
{
    /// <summary>The largest file of each kind: well above a real logo, favicon or small stylesheet.</summary>
    public static readonly IReadOnlyDictionary<string, int> MaximumSize = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["logo"] = 512 * 1024,
        ["favicon"] = 128 * 1024,
        ["stylesheet"] = 256 * 1024,
    };

    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] IcoSignature = [0, 0, 1, 0];

    /// <summary>Every problem with the branding's files; none for a site without branding.</summary>
    public static IReadOnlyList<Diagnostic> Problems(SiteFolder folder, Branding branding)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var file in branding.Files)
        {
            Check(folder, file, diagnostics);
        }

        return diagnostics.ToList();
    }

    /// <summary>A brand file's bytes, read as the check read them; null when it cannot be read (the check reported why).</summary>
    public static byte[]? Read(string sourceDirectory, BrandFile file) =>
        new SiteFolder(sourceDirectory).File(file.Path)?.ReadBytes(new DiagnosticBag());

    private static void Check(SiteFolder folder, BrandFile file, DiagnosticBag diagnostics)
    {
        if (folder.File(file.Path) is not { } found)
        {
            diagnostics.Error(RuleIds.FileError, file.Location, $"The {file.Kind} '{QuotedValue.Cut(file.Path)}' is not in the site folder.",
                $"Put the file at {file.Path} (beside site.config.yaml, in the {SiteConfigLoader.BrandFolder}/ folder), or correct the path.");
            return;
        }

        if (found.Problem is { } problem)
        {
            diagnostics.Add(problem);
            return;
        }

        var limit = MaximumSize[file.Kind];
        if (found.ReadBytes(diagnostics) is not { } bytes)
        {
            return;
        }

        if (bytes.Length > limit)
        {
            diagnostics.Error(RuleIds.FileTooLarge, file.Location,
                string.Create(CultureInfo.InvariantCulture,
                    $"The {file.Kind} '{QuotedValue.Cut(file.Path)}' is {bytes.Length:N0} bytes; a {file.Kind} can be at most {limit:N0} bytes."),
                file.Kind == "stylesheet"
                    ? "Keep only the rules the site needs, and leave out embedded fonts and pictures."
                    : $"Make the {file.Kind} smaller: an SVG saved as plain SVG, or a PNG at the size it is shown.");
            return;
        }

        var kind = file.Extension switch
        {
            "png" => bytes.AsSpan().StartsWith(PngSignature) ? null : "a PNG image",
            "ico" => bytes.AsSpan().StartsWith(IcoSignature) ? null : "an ICO icon",
            _ => null,
        };
        if (kind is not null)
        {
            diagnostics.Error(RuleIds.BadValue, file.Location,
                $"The {file.Kind} '{QuotedValue.Cut(file.Path)}' is not {kind}, though its name says so.",
                $"Export the {file.Kind} again as {kind}, or give the file the extension of what it is.");
            return;
        }

        if (file.Extension == "svg")
        {
            CheckSvg(file, bytes, diagnostics);
        }
    }

    private static void CheckSvg(BrandFile file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var fix = $"Save the {file.Kind} again as a plain SVG (with no scripts, links or embedded files), or use a PNG.";
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            var first = true;
            // Reading a <style> element's text moves the reader on to the node after it, which must not be skipped.
            var movedOn = false;
            while (movedOn || reader.Read())
            {
                movedOn = false;
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var at = new SourceLocation(file.Path, ((IXmlLineInfo)reader).LineNumber, ((IXmlLineInfo)reader).LinePosition);
                if (first && (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace))
                {
                    diagnostics.Error(RuleIds.BadValue, at, $"The {file.Kind} '{QuotedValue.Cut(file.Path)}' is not an SVG image: it starts with " +
                        $"<{QuotedValue.Cut(reader.Name)}> where an SVG starts with <svg xmlns=\"{SvgNamespace}\">.", fix);
                    return;
                }

                first = false;
                var what = UnsafeAttribute(reader) ?? UnsafeElement(reader, out movedOn);
                if (what is not null)
                {
                    diagnostics.Error(RuleIds.UnsafeBrandImage, at,
                        $"The {file.Kind} '{QuotedValue.Cut(file.Path)}' has {what}; a {file.Kind} must be a picture alone, " +
                        "with no scripts, event handlers or references to other files or sites.", fix);
                    return;
                }
            }
        }
        catch (XmlException ex)
        {
            var dtd = ex.Message.Contains("DTD", StringComparison.Ordinal);
            diagnostics.Error(dtd ? RuleIds.UnsafeBrandImage : RuleIds.BadValue, new SourceLocation(file.Path, ex.LineNumber, ex.LinePosition),
                dtd
                    ? $"The {file.Kind} '{QuotedValue.Cut(file.Path)}' has a DOCTYPE declaration, which can pull in other files; a {file.Kind} " +
                      "must be a picture alone."
                    : $"The {file.Kind} '{QuotedValue.Cut(file.Path)}' is not a well-formed SVG file (the problem is at this line and column).",
                fix);
        }
    }

    /// <summary>What is wrong with the element the reader is on, in words; null when nothing is.</summary>
    /// <param name="movedOn">Whether the reader was moved past the element (to read a style element's text).</param>
    private static string? UnsafeElement(XmlReader reader, out bool movedOn)
    {
        movedOn = false;
        switch (reader.LocalName)
        {
            case "script":
                return "a <script> element";
            case "foreignObject":
                return "a <foreignObject> element (a web page inside the picture)";
            case "style" when !reader.IsEmptyElement:
                var css = reader.ReadInnerXml();
                movedOn = true;
                return CssReference(css) is { } reference ? $"a <style> element that {reference}" : null;
            default:
                return null;
        }
    }

    private static string? UnsafeAttribute(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            var value = reader.Value.Trim();
            string? problem = null;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                problem = $"an event handler ({QuotedValue.Cut(reader.Name)}=\"…\")";
            }
            else if (name is "href" or "src" && !value.StartsWith('#'))
            {
                problem = $"a reference to another file or site ({QuotedValue.Cut(reader.Name)}=\"{QuotedValue.Cut(value)}\")";
            }
            else if (name == "style" && CssReference(value) is { } reference)
            {
                problem = $"a style attribute that {reference}";
            }

            if (problem is not null)
            {
                reader.MoveToElement();
                return problem;
            }
        }

        reader.MoveToElement();
        return null;
    }

    /// <summary>
    /// Whether CSS in the picture reaches outside it: an <c>@import</c>, or a <c>url(…)</c> that is not a fragment of the
    /// picture itself (<c>url(#gradient)</c> is).
    /// </summary>
    private static string? CssReference(string css)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return "imports another stylesheet";
        }

        for (var at = css.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = css.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            var argument = css[(at + 4)..].TrimStart().TrimStart('"', '\'').TrimStart();
            if (!argument.StartsWith('#'))
            {
                return "refers to another file or site";
            }
        }

        return null;
    }
}
