using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticKpi.Tests.EndToEnd;

/// <summary>
/// Compares what the source reports published with what StaticKpi computes from the example content.
/// Where a report contradicted its own key, the computed value is pinned and the content must carry an
/// override with a reason.
/// </summary>
public sealed class SeedRatingsTests
{
    public sealed class Published
    {
        public string Report { get; set; } = "";
        public int Indicator { get; set; }
        public string PublishedRag { get; set; } = "";
        public string? PublishedChange { get; set; }
        public bool AgreesWithKey { get; set; }
        public string? ComputedRag { get; set; }
        public string? ComputedChange { get; set; }

        public override string ToString() => $"{Report} #{Indicator}";
    }

    private static readonly Lazy<(Site Site, IReadOnlyList<ScoredReport> Reports)> Example = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(RepoPaths.Root, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        return (site, ReportScorer.ScoreAll(site));
    });

    public static TheoryData<Published> Entries()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "StaticKpi.Tests", "Fixtures", "published-ratings.yaml"));
        var entries = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<List<Published>>(yaml);
        var data = new TheoryData<Published>();
        foreach (var entry in entries)
        {
            data.Add(entry);
        }

        return data;
    }

    [Fact]
    public void The_oracle_covers_all_four_seed_reports()
    {
        var reports = ((IEnumerable<object[]>)Entries()).Select(row => ((Published)row[0]).Report).Distinct().Order().ToList();
        Assert.Equal(["2020/21 Q2", "2023/24 Q1", "2024/25 Q2", "2024/25 Q3"], reports);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Computed_rating_and_change_match_the_published_report_or_its_key(Published entry)
    {
        var scored = Find(entry);
        var published = Parse<Rating>(entry.PublishedRag);

        if (entry.ComputedRag is null)
        {
            Assert.Equal(published, scored.ComputedRating);
            Assert.Null(scored.Override);
        }
        else
        {
            // The report contradicted its key: we compute the key's answer and show the published one as an override.
            Assert.False(entry.AgreesWithKey);
            Assert.Equal(Parse<Rating>(entry.ComputedRag), scored.ComputedRating);
            Assert.NotNull(scored.Override);
            Assert.Equal(published, scored.Override.Rating);
            Assert.False(string.IsNullOrWhiteSpace(scored.Override.Reason));
        }

        Assert.Equal(published, scored.Rating);

        var expectedChange = entry.ComputedChange ?? entry.PublishedChange;
        if (expectedChange is not null)
        {
            Assert.Equal(Parse<Change>(expectedChange), scored.Change);
        }
    }

    private static ScoredIndicator Find(Published entry)
    {
        var (site, reports) = Example.Value;
        var period = Period.TryParse(entry.Report, site.Config.FinancialYearStartMonth, out _)!;
        var report = reports.Single(r => r.Report.Period == period);
        return report.Find(entry.Indicator)
            ?? throw new InvalidOperationException($"Indicator {entry.Indicator} is not in the {entry.Report} report");
    }

    private static T Parse<T>(string text)
        where T : struct, Enum => EnumNames.TryParse<T>(text) ?? throw new InvalidOperationException($"'{text}' is not a {typeof(T).Name}");
}
