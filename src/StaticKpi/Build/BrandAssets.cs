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

    /// <param name="output">The site root's output: the files are the same in every language, and written there.</param>
    /// <param name="upToRoot">The way up to the root from the folder of the language whose pages link to them ("../" from <c>cy/</c>).</param>
    /// <returns>What templates show of the branding, with the paths the files were written at, from the language's folder.</returns>
    public static BrandingView Write(Branding branding, string sourceDirectory, ISiteOutput output, string upToRoot = "")
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
            return upToRoot + path;
        }

        var stylesheets = new List<string>();
        if (BrandStylesheet.Of(branding) is { } css)
        {
            var bytes = Encoding.UTF8.GetBytes(css);
            var path = AssetWriter.Fingerprinted(BrandStylesheet.Path, bytes);
            output.WriteBytes(path, bytes);
            stylesheets.Add(upToRoot + path);
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

    private static List<BrandLinkView> Links(IReadOnlyList<BrandLink> links) =>
        [.. links.Select(l => new BrandLinkView(l.Text, l.Url, l.InSite) { Lang = l.Language })];

    private static string MediaType(BrandFile file) => file.Extension switch
    {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "image/x-icon",
    };
}
