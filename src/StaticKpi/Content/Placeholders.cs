namespace StaticKpi.Content;

/// <summary>
/// The text that <c>statickpi new period</c> and <c>new indicator</c> write for an editor to replace. Every such
/// sentence starts with <see cref="Marker"/>, so that validation can find what was left in before it goes live.
/// </summary>
public static class Placeholders
{
    /// <summary>The words every placeholder sentence starts with.</summary>
    public const string Marker = "Replace this sentence";
}
