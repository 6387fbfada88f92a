namespace StaticKpi.Model;

/// <summary>
/// Whether trend charts draw a projection, and from how many values. A straight line through two seasonal
/// quarters says nothing, so a projection needs at least <see cref="MinimumValues"/> consecutive values.
/// </summary>
public sealed record ProjectionSettings(bool Enabled, int MinimumValues)
{
    /// <summary>The fewest values a projection may be drawn from, whatever a site asks for.</summary>
    public const int FewestValues = 3;

    /// <summary>The most values a site may ask for; more would never be met by quarterly data within years.</summary>
    public const int MostValues = 24;

    public static ProjectionSettings Default { get; } = new(true, FewestValues);
}
