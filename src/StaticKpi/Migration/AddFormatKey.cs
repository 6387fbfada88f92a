using StaticKpi.Content;

namespace StaticKpi.Migration;

/// <summary>
/// Format 0 to 1: a site from before formats were numbered gets <c>format: 1</c> as the first field of
/// site.config.yaml. That is all format 1 changed: no field was renamed and the loaders accept no older spelling of
/// any field, so there is nothing else to rewrite.
/// </summary>
public sealed class AddFormatKey : IMigrationStep
{
    public int From => ContentFormat.Unversioned;

    public void Apply(MigratingSite site)
    {
        if (site.Text(SiteConfigLoader.FileName) is not { } text ||
            FormatKeyEditor.WithFormat(text, From + 1, site.Diagnostics) is not { } changed)
        {
            return;
        }

        site.Change(SiteConfigLoader.FileName, changed, $"added '{ContentFormat.Key}: {From + 1}' as the first field");
    }
}
