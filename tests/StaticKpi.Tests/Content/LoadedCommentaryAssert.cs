using StaticKpi.Content;
using StaticKpi.Model;

namespace StaticKpi.Tests.Content;

/// <summary>
/// Compares loaded commentary field by field (lists item by item), so that a cached load is proved the same as a
/// fresh parse in everything a build could use, not only in what records' equality compares (lists by reference).
/// </summary>
internal static class LoadedCommentaryAssert
{
    /// <summary>Every property of <see cref="Commentary"/> this helper compares: a new one fails here until it is compared.</summary>
    private static readonly string[] ComparedProperties =
    [
        nameof(Commentary.IndicatorId), nameof(Commentary.Period), nameof(Commentary.CommentaryHtml), nameof(Commentary.ActionsHtml),
        nameof(Commentary.PathToGreenHtml), nameof(Commentary.OtherSections), nameof(Commentary.Location), nameof(Commentary.Links),
        nameof(Commentary.SearchText), nameof(Commentary.Language),
    ];

    public static void Equal(IEnumerable<LoadedFile<Commentary>> expected, IEnumerable<LoadedFile<Commentary>> actual)
    {
        var expectedList = expected.ToList();
        var actualList = actual.ToList();
        Assert.Equal(expectedList.Select(f => f.File), actualList.Select(f => f.File));
        for (var i = 0; i < expectedList.Count; i++)
        {
            Equal(expectedList[i], actualList[i]);
        }
    }

    public static void Equal(LoadedFile<Commentary> expected, LoadedFile<Commentary> actual)
    {
        Assert.Equal(expected.File, actual.File);
        Assert.Equal(expected.Diagnostics, actual.Diagnostics); // records of strings, numbers and a location: compared by value
        Assert.Equal(expected.Value is null, actual.Value is null);
        if (expected.Value is { } e && actual.Value is { } a)
        {
            Equal(e, a);
        }
    }

    public static void Equal(IReadOnlyList<Commentary> expected, IReadOnlyList<Commentary> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i]);
        }
    }

    public static void Equal(Commentary expected, Commentary actual)
    {
        Assert.Equal(ComparedProperties.Order(StringComparer.Ordinal),
            typeof(Commentary).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order(StringComparer.Ordinal));
        Assert.Equal(expected.IndicatorId, actual.IndicatorId);
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(expected.Period.Key, actual.Period.Key);
        Assert.Equal(expected.Period.Start, actual.Period.Start);
        Assert.Equal(expected.CommentaryHtml, actual.CommentaryHtml);
        Assert.Equal(expected.ActionsHtml, actual.ActionsHtml);
        Assert.Equal(expected.PathToGreenHtml, actual.PathToGreenHtml);
        Assert.Equal(expected.OtherSections, actual.OtherSections);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.Links is null, actual.Links is null);
        Assert.Equal(expected.Links ?? [], actual.Links ?? []);
        Assert.Equal(expected.SearchText, actual.SearchText);
        Assert.Equal(expected.Language, actual.Language);
    }
}
