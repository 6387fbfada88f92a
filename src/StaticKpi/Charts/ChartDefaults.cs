using Plotly.NET;

namespace StaticKpi.Charts;

/// <summary>
/// Plotly.NET keeps its defaults (template, config, size) in mutable process-wide globals. With the default
/// "plotly" template every chart carries a large template that also makes serialisation slow, so StaticKpi
/// replaces them once, before any chart is built. Call <see cref="Configure"/> once at the start of a build,
/// before parallel work; it is idempotent and <see cref="ChartBuilder"/> calls it too, so forgetting it is safe.
/// StaticKpi's own charts never read these globals (every figure is built with its defaults switched off and its
/// own layout and config), so the output does not depend on them.
/// </summary>
public static class ChartDefaults
{
    private static readonly Lock Gate = new();
    private static volatile bool _configured;

    /// <summary>True once <see cref="Configure"/> has run in this process.</summary>
    public static bool IsConfigured => _configured;

    /// <summary>Replaces Plotly.NET's global template and config with empty ones. Safe to call more than once.</summary>
    public static void Configure()
    {
        if (_configured)
        {
            return;
        }

        lock (Gate)
        {
            if (_configured)
            {
                return;
            }

            Defaults.DefaultTemplate = new Template();
            Defaults.DefaultConfig = PlotlyObjects.Config();
            _configured = true;
        }
    }
}
