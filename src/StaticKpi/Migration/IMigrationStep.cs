namespace StaticKpi.Migration;

/// <summary>
/// One upgrade of a site's files from content format <see cref="From"/> to the next, with one job. Steps run in
/// order (<see cref="MigrationSteps.All"/>) on the texts in a <see cref="MigratingSite"/>; nothing is written until
/// every step has succeeded, so a step reports a problem in <see cref="MigratingSite.Diagnostics"/> and returns.
/// </summary>
public interface IMigrationStep
{
    /// <summary>The format this step upgrades from; it leaves the site in format <c>From + 1</c>.</summary>
    int From { get; }

    void Apply(MigratingSite site);
}
