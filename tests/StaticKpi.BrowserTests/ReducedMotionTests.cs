using StaticKpi.BrowserTests.Support;

namespace StaticKpi.BrowserTests;

/// <summary>
/// prefers-reduced-motion (issue 16): the fixture's tabs ask for reduced motion, as a reader who turned animations off;
/// then no element has a transition or animation, nothing scrolls smoothly and plotly.js draws without transitions.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReducedMotionTests(BrowserSiteFixture fixture)
{
    [Fact]
    public async Task With_reduced_motion_nothing_on_a_report_animates_and_charts_draw_without_transitions()
    {
        await using var tab = await fixture.NewTabAsync(1280, 800);
        await fixture.OpenAsync(tab.Page, fixture.Site.Largest("report"));
        await NarrowScreenTests.DrawAllChartsAsync(tab.Page);

        var moving = await tab.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('*')].filter(el => {
              const s = getComputedStyle(el);
              return s.transitionDuration.split(',').some(d => parseFloat(d) > 0) || s.animationName !== 'none' || s.scrollBehavior === 'smooth';
            }).map(el => el.tagName.toLowerCase() + '.' + el.className)
            """);
        var transitions = await tab.Page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('.chart-plot')].map(p => p._fullLayout.transition.duration)");

        Assert.Empty(moving);
        Assert.NotEmpty(transitions);
        Assert.All(transitions, duration => Assert.Equal(0, duration));
    }
}
