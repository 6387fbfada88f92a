using System.Globalization;
using System.Text;

namespace StaticKpi.SiteGenerator;

/// <summary>Financial-year quarters counted from 2020/21 Q1 (index 0), with April as the first month.</summary>
internal static class Quarter
{
    public static int FinancialYear(int index) => SyntheticSite.FirstYear + (index / 4);

    public static int Number(int index) => (index % 4) + 1;

    public static string Year(int index)
        => string.Create(CultureInfo.InvariantCulture, $"{FinancialYear(index)}/{(FinancialYear(index) + 1) % 100:D2}");

    public static string Text(int index) => $"{Year(index)} Q{Number(index)}";

    public static string Slug(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{FinancialYear(index)}-{(FinancialYear(index) + 1) % 100:D2}-q{Number(index)}");

    public static DateOnly Start(int index) => new DateOnly(FinancialYear(index), 4, 1).AddMonths((index % 4) * 3);

    public static DateOnly End(int index) => Start(index).AddMonths(3).AddDays(-1);

    public static string Months(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Start(index):MMMM} to {End(index):MMMM yyyy}");
}

internal static class Committees
{
    private static readonly string[] Names =
    [
        "Strategy, Resources and Performance Committee",
        "Children, Education and Families Committee",
        "Adults and Health Committee",
        "Environment and Transport Committee",
        "Economy and Growth Committee",
        "Communities and Housing Committee",
        "Public Health Committee",
        "Planning and Regulation Committee",
    ];

    public static string Name(int index) =>
        index < Names.Length ? Names[index] : string.Create(CultureInfo.InvariantCulture,
            $"{Names[index % Names.Length]} {(index / Names.Length) + 1}");

    public static string Key(int index)
    {
        var words = Name(index).ToLowerInvariant().Replace(",", "", StringComparison.Ordinal).Replace(" and ", " ", StringComparison.Ordinal)
            .Replace(" committee", "", StringComparison.Ordinal).Split(' ');
        return string.Join('-', words);
    }
}

internal static class Yaml
{
    /// <summary>A double-quoted YAML scalar, so colons, hashes and leading symbols in text are safe.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

internal static class Text
{
    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Splits text into lines of at most <paramref name="width"/> characters at spaces.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    public static readonly string[] Introductions =
    [
        "Most indicators held steady, and the areas that slipped are explained in the commentary on each page.",
        "Demand stayed high across several services, and the commentary explains where that affected performance.",
        "Several indicators moved back on target this quarter after the actions agreed earlier in the year.",
        "Recruitment and rising costs remain the main pressures behind the indicators rated Red.",
        "Figures marked provisional will be confirmed in the next report.",
    ];

    public static readonly string[] Measures =
    [
        "Percentage of", "Number of", "Average time to complete", "Cost of", "Satisfaction with", "Rate of",
        "Proportion of", "Backlog of", "Timeliness of", "Quality score for", "Volume of", "Completion of",
    ];

    public static readonly string[] Subjects =
    [
        "Freedom of Information requests answered on time", "subject access requests", "planning applications decided",
        "potholes repaired", "missed bin collections", "library visits", "care assessments", "school admissions offers",
        "housing repairs", "council tax collected", "business rates collected", "invoices paid within 30 days",
        "complaints resolved", "calls answered", "website transactions", "staff sickness absence", "agency staff spend",
        "apprenticeship starts", "fly-tipping incidents cleared", "street lights repaired", "road safety schemes",
        "children in care placements", "early help referrals", "adult safeguarding enquiries", "home care hours",
        "carers' assessments", "public health checks", "smoking quitters", "household waste recycled",
        "energy use in council buildings", "bus punctuality", "highway inspections", "trading standards visits",
        "food hygiene inspections", "licensing applications", "births registered on time", "court fines collected",
        "volunteer hours", "grant payments made", "contract spend with local suppliers",
    ];

    public static readonly string[] Areas = ["North", "South", "East", "West", "Central", "Coastal", "Rural", "Urban"];

    public static readonly string[] Services =
    [
        "Information Governance", "Customer Services", "Highways", "Waste and Recycling", "Libraries", "Adult Social Care",
        "Children's Services", "Housing", "Revenues and Benefits", "Human Resources", "Finance", "Public Health",
        "Planning", "Regulatory Services", "Transport", "Property",
    ];

    public static readonly string[] Sources =
    [
        "Case management system", "Finance ledger", "HR and payroll system", "Customer relationship management system",
        "Highways asset database", "National return", "Residents' survey", "Service performance returns",
    ];

    /// <summary>Commentary sentences; {0} is the measure's name, {1} the current value, {2} the previous value, {3} the target.</summary>
    public static readonly string[] Sentences =
    [
        "The figure for {0} was {1} this quarter, compared with {2} in the previous quarter.",
        "Performance moved from {2} to {1}, against a target of {3}.",
        "Demand remained higher than in previous years, and the service prioritised the oldest cases first to keep waiting times down.",
        "Two vacancies in the team were filled during the quarter, and new staff are expected to be fully trained by the end of next quarter.",
        "A change to the recording system in the middle of the quarter means that a small number of cases were entered late.",
        "The service has started publishing its most requested data, which should reduce the number of repeat enquiries.",
        "Seasonal pressures over the winter months affected the result, as they did in the same quarter last year.",
        "Benchmarking with similar councils suggests that our performance is close to the middle of the group.",
        "The improvement reflects the new triage process introduced earlier in the year, which routes simple requests to a dedicated officer.",
        "Work with partner organisations continues, and a joint review of the referral pathway will report to the committee in the spring.",
        "The result is provisional and may change slightly when late returns are added to the data.",
        "Costs rose faster than expected because of inflation in contract prices, which the service is reviewing with its suppliers.",
        "Customer feedback collected during the quarter was mostly positive, with most comments praising the speed of the response.",
        "A backlog built up during the system upgrade and is now being cleared, so the figure should recover over the next two quarters.",
        "The target of {3} was agreed by the committee last year and remains ambitious compared with the national picture.",
        "Managers review the figures weekly, and cases close to their deadline are escalated to the head of service.",
        "The service expects performance to stay at about {1} until the new staff have completed their training.",
        "Volumes were lower than forecast, which allowed the team to spend more time on complex cases.",
        "An internal audit of the process found that it is well controlled and made two minor recommendations.",
        "The national definition of {0} changed this year, so comparisons with earlier years should be made with care.",
    ];

    public static readonly string[] Actions =
    [
        "Recruit to the remaining vacant posts and complete induction training by the end of next quarter.",
        "Review the oldest open cases every week and escalate any that are close to their deadline.",
        "Introduce an online form so that simple requests can be handled without a call-back.",
        "Agree a recovery plan with the main contractor, with monthly progress reports to the service manager.",
        "Share good practice with the best-performing teams and repeat the training for all staff.",
        "Publish frequently requested information so that fewer requests need to be made.",
    ];

    public static readonly string[] PathsToGreen =
    [
        "With the new staff in place and the backlog cleared, the service expects to be back on target within two quarters.",
        "The recovery plan should bring performance back to target by the end of the financial year.",
        "Once the new system is fully in use, processing times should fall and the indicator should return to Green.",
    ];

    public static readonly string[] Suppliers =
    [
        "Northgate Facilities Ltd", "County Care Partnership", "Highway Works Group", "Digital Services Co-operative",
        "Greenway Waste Services", "Eastern Fleet Hire", "Learning Trust Partners", "Civic Property Maintenance",
    ];
}
