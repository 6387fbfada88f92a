namespace StaticKpi.Starting;

/// <summary>One file of a new site: its path relative to the site folder (with '/') and its text (LF line endings).</summary>
public sealed record NewSiteFile(string Path, string Text);
