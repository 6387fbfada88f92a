// A deliberately bad pair of stages, compiled into the test assembly so that the architecture test can show it finds
// a forbidden dependency in real compiled code: "Model" uses "Pages", which is above it, only inside a method body
// (no signature names it), and "Pages" uses "Model", so the two make a cycle.
namespace StaticKpi.Tests.Architecture.BadSample.Model
{
    public static class Rating
    {
        public static int PagesShowing() => new Pages.RatingPage().Count;
    }
}

namespace StaticKpi.Tests.Architecture.BadSample.Pages
{
    public sealed class RatingPage
    {
        public int Count { get; } = 1;

        public static string Title() => nameof(Model.Rating) + Model.Rating.PagesShowing();
    }
}
