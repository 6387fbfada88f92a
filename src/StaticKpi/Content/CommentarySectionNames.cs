namespace StaticKpi.Content;

/// <summary>
/// The commentary sections the site places in their own spots on the indicator page and the printable report (the
/// theme gives each its own heading); any other <c>## </c> heading is a section of the editor's own, shown after them.
/// Headings are matched ignoring capitals, so <c>## Path To Green</c> is the path to green.
/// </summary>
public static class CommentarySectionNames
{
    public const string Commentary = "Commentary";
    public const string Actions = "Actions";
    public const string PathToGreen = "Path to green";

    public static readonly IReadOnlyList<string> Known = [Commentary, Actions, PathToGreen];

    /// <summary>The known section a heading is, ignoring capitals; null for a section of the editor's own.</summary>
    public static string? Match(string heading) => Known.FirstOrDefault(k => k.Equals(heading, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The known section a heading was probably meant to be (a typo such as <c>Commentry</c> or <c>Action</c>), or null
    /// when it is one, or far enough from all of them to be a section of its own: at most one edit in five letters
    /// (one in <c>Actions</c>), so that <c>## Options</c> or <c>## Notes</c> are left alone.
    /// </summary>
    public static string? Misspelt(string heading)
    {
        if (Match(heading) is not null || Suggestions.Closest(heading, Known) is not { } closest)
        {
            return null;
        }

        var distance = Suggestions.Distance(heading.ToLowerInvariant(), closest.ToLowerInvariant());
        return distance <= Math.Max(1, closest.Length / 5) ? closest : null;
    }
}
