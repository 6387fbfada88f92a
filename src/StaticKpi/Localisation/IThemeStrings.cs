using System.Reflection;

namespace StaticKpi.Localisation;

/// <summary>
/// Where a theme's strings files come from: the site theme's own copy of <c>i18n/&lt;lang&gt;.yaml</c> (laid over the
/// default theme's key by key) and the default theme's, built into the library. <c>Render/Theme</c> is one.
/// </summary>
public interface IThemeStrings
{
    /// <summary>The site theme's text of the file and the default theme's, each null where absent.</summary>
    (string? Site, string? Default) ReadBothTexts(string relativePath);

    /// <summary>Where the site theme's file is, for messages.</summary>
    string Describe(string relativePath);
}

/// <summary>The default theme's strings files alone, as built into the library.</summary>
public sealed class BuiltInStrings : IThemeStrings
{
    public static readonly BuiltInStrings Instance = new();

    private BuiltInStrings()
    {
    }

    public (string? Site, string? Default) ReadBothTexts(string relativePath)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("theme/" + relativePath);
        if (stream is null)
        {
            return (null, null);
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return (null, reader.ReadToEnd().TrimStart('\uFEFF'));
    }

    public string Describe(string relativePath) => $"default theme: {relativePath}";
}
