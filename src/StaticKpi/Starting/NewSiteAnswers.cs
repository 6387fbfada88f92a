using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Starting;

/// <summary>Whether a new site's RAG policy has a Blue rating (better than target by more than a margin).</summary>
public enum RagPolicyChoice
{
    /// <summary><c>red-amber-green</c>: Red beyond the threshold, Amber within it, Green on target.</summary>
    RedAmberGreen,

    /// <summary><c>red-amber-green-blue</c>: the same, and Blue for a value better than target by more than a margin.</summary>
    RedAmberGreenBlue,
}

/// <summary>
/// What <c>statickpi init</c> asks for. The same answers always give the same files, so the sample report's period is
/// an answer too (the command defaults it from today's date; the writer never reads the clock).
/// </summary>
/// <param name="RedThreshold">Percent off target beyond which a value is Red (site.config.yaml's <c>red_threshold</c>).</param>
/// <param name="BlueThreshold">Percent better than target beyond which a value is Blue; only with Blue.</param>
/// <param name="SamplePeriod">The quarter of the sample report; the sample figures run up to it.</param>
public sealed record NewSiteAnswers(
    string Organisation,
    string BaseUrl,
    string CommitteeName,
    RagPolicyChoice Policy,
    decimal RedThreshold,
    decimal? BlueThreshold,
    Period SamplePeriod)
{
    /// <summary>The command-line spelling of each policy, in the order they are offered.</summary>
    public static readonly IReadOnlyList<string> PolicyNames = ["red-amber-green", "red-amber-green-blue"];

    /// <summary>The committee's key in site.config.yaml and in web addresses, made from its name.</summary>
    public string CommitteeKey => Slugs.From(CommitteeName);

    public static string NameOf(RagPolicyChoice policy) => PolicyNames[(int)policy];

    public static RagPolicyChoice? PolicyFrom(string name) =>
        PolicyNames.ToList().IndexOf(name) is var index and >= 0 ? (RagPolicyChoice)index : null;

    /// <summary>The base URL with the trailing slash site.config.yaml expects.</summary>
    public string SiteAddress => BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/";

    /// <summary>Why a name typed for <paramref name="what"/> cannot be used, or null when it can.</summary>
    public static string? ProblemWithName(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"The {what} is empty; write it as readers should see it.";
        }

        return name.Any(char.IsControl) ? $"The {what} must be on one line, without tabs or other control characters." : null;
    }

    /// <summary>Why a committee's name cannot be used: besides a name's problems, it needs letters or digits for its key.</summary>
    public static string? ProblemWithCommittee(string name) =>
        ProblemWithName(name, "committee's name") ?? (Slugs.From(name).Length == 0
            ? $"The committee's name needs some letters or digits (a-z, 0-9): its key in web addresses is made from them."
            : null);

    /// <summary>Why an address cannot be the site's base_url, or null: it must be a whole http or https address.</summary>
    public static string? ProblemWithUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0 && !url.Any(char.IsWhiteSpace)
            ? null
            : $"'{QuotedValue.Cut(url)}' is not a web address; give the site's whole address, such as https://www.example.gov.uk/performance/.";

    /// <summary>Why a threshold cannot be used, or null: it is a percentage greater than 0.</summary>
    public static string? ProblemWithThreshold(decimal threshold, string option) =>
        threshold > 0 ? null : $"{option} is {YamlText.Number(threshold)}; give a percentage greater than 0, such as 10.";

    /// <summary>The last quarter that ended before <paramref name="today"/>: the one a council reports on next.</summary>
    public static Period LastFullQuarterBefore(DateOnly today, int financialYearStartMonth = 4)
    {
        var year = today.Month >= financialYearStartMonth ? today.Year : today.Year - 1;
        var current = Period.Quarter(year, 1, financialYearStartMonth);
        while (current.End < today)
        {
            current = current.Next();
        }

        return current.Previous();
    }
}
