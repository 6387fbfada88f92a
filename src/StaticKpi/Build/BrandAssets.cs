using System.Text;
using StaticKpi.Content;
using StaticKpi.Model;
using StaticKpi.Output;
using StaticKpi.Pages;

namespace StaticKpi.Build;

/// <summary>
/// Writes a branded site's files into the output beside the theme's assets, fingerprinted as they are
/// (<see cref="AssetWriter.Fingerprinted"/>): the logo, the favicon and the site's own stylesheet under
/// <c>assets/brand/</c>, and the generated <see cref="BrandStylesheet"/>. The files were checked when the site loaded
/// (<see cref="BrandingFiles"/>).
/// </summary>
internal static class BrandAssets
{
    private const string Folder = "assets/brand/";

    /// <param name="output">The site root's output: the files are the same in every language, so written once, there.</param>
    /// <returns>What templates show of the branding, with the paths the files were written at from the root.</returns>
    public static BrandingView Write(Branding branding, string sourceDirectory, ISiteOutput output)
    {
        if (branding == Branding.None)
        {
            return BrandingView.None;
        }

        string? Copy(BrandFile? file)
        {
            if (file is null || BrandingFiles.Read(sourceDirectory, file) is not { } bytes)
            {
                return null;
            }

            var path = AssetWriter.Fingerprinted(Folder + System.IO.Path.GetFileName(file.Path), bytes);
            output.WriteBytes(path, bytes);
            return path;
        }

        var stylesheets = new List<string>();
        if (BrandStylesheet.Of(branding) is { } css)
        {
            var bytes = Encoding.UTF8.GetBytes(css);
            var path = AssetWriter.Fingerprinted(BrandStylesheet.Path, bytes);
            output.WriteBytes(path, bytes);
            stylesheets.Add(path);
        }

        // The site's own stylesheet comes last, so its rules win over the theme's and the brand's.
        if (Copy(branding.Stylesheet) is { } own)
        {
            stylesheets.Add(own);
        }

        var logo = branding.Logo is { } l && Copy(l.File) is { } logoPath
            ? new BrandImageView(logoPath, l.Alt, MediaType(l.File)) { Lang = l.Language }
            : null;
        var favicon = Copy(branding.Favicon) is { } iconPath ? new BrandImageView(iconPath, "", MediaType(branding.Favicon!)) : null;
        return new BrandingView(logo, favicon, stylesheets, Links(branding.HeaderLinks), Links(branding.FooterLinks));
    }

    /// <summary>
    /// The branding as one language's pages show it: the files <see cref="Write"/> wrote at the root, reached from the
    /// language's folder (<paramref name="upToRoot"/>, "../" from <c>cy/</c>), with the alternative and link texts of the
    /// branding in that language (<paramref name="branding"/>).
    /// </summary>
    public static BrandingView In(BrandingView written, Branding branding, string upToRoot) => written == BrandingView.None ? written : new(
        written.Logo is { } logo ? logo with { Path = upToRoot + logo.Path, Alt = branding.Logo!.Alt, Lang = branding.Logo.Language } : null,
        written.Favicon is { } favicon ? favicon with { Path = upToRoot + favicon.Path } : null,
        [.. written.Stylesheets.Select(path => upToRoot + path)],
        Links(branding.HeaderLinks),
        Links(branding.FooterLinks));

    private static List<BrandLinkView> Links(IReadOnlyList<BrandLink> links) =>
        [.. links.Select(l => new BrandLinkView(l.Text, l.Url, l.InSite) { Lang = l.Language })];

    private static string MediaType(BrandFile file) => file.Extension switch
    {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "image/x-icon",
    };
}
