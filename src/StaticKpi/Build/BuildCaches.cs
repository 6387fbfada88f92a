using StaticKpi.Charts;
using StaticKpi.Pages;
using StaticKpi.Render;

namespace StaticKpi.Build;

/// <summary>
/// Everything one build remembers to avoid making the same thing twice: each stage's own caches (charts' point
/// texts, pages' views, partials' texts and the rendering threads' contexts and buffers). <see cref="SiteBuild"/>
/// makes one per build and each <see cref="IncrementalBuild.Update"/> a new one, disposing of the one before, so a
/// long <c>serve</c> session holds what its latest update remembered and no more.
/// </summary>
/// <remarks>
/// What lives longer is immutable or bounded by the code rather than the content, and says so where it is kept: the
/// theme's parsed templates (<see cref="PageRenderer.WithCaches"/>), the compiled member getters per model type, the
/// rating views per rating and policy, the search index entries (held weakly by the scores they were made from) and
/// the chart serialiser's per-thread buffer (capped).
/// </remarks>
internal sealed class BuildCaches : IDisposable
{
    public ChartCaches Charts { get; } = new();

    public PageCaches Pages { get; } = new();

    public RenderCaches Render { get; } = new();

    public void Dispose() => Render.Dispose();
}
