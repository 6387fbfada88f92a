namespace StaticKpi.Migration;

/// <summary>Every migration step, oldest first: step N upgrades format N to N + 1, up to <see cref="Content.ContentFormat.Current"/>.</summary>
public static class MigrationSteps
{
    public static IReadOnlyList<IMigrationStep> All { get; } =
    [
        new AddFormatKey(),
    ];
}
