using System.Globalization;
using System.Text;

namespace StaticKpi.SiteGenerator;

/// <summary>
/// Writes a valid StaticKpi site (site.config.yaml, content/indicators, content/commentary, content/reports) of any
/// size. Everything is derived from the seed: each indicator and each report has its own random stream, so the files
/// are byte-identical on every run and independent of the order (or parallelism) in which they are written.
/// The mix follows the seed reports: percentages, counts, money and days; lower-is-better indicators; value and
/// range targets, TBC and targets that change; untargeted baseline and contextual indicators; benchmarks; a few
/// rating overrides, empty values and extra charts; and about 150 words of commentary per indicator and quarter,
/// some with actions, a path to green or a table.
/// </summary>
public static class SyntheticSite
{
    /// <summary>Quarters start at 2020/21 Q1.</summary>
    public const int FirstYear = 2020;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static GeneratedSite Write(SiteSpec spec, string directory)
    {
        spec.Validate();
        Directory.CreateDirectory(directory);
        var content = Path.Combine(directory, "content");
        if (Directory.Exists(content))
        {
            Directory.Delete(content, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(content, "indicators"));
        WriteFile(Path.Combine(directory, "site.config.yaml"), Config(spec));

        var commentaries = 0;
        var charts = 0;
        Parallel.For(0, spec.Indicators, i =>
        {
            var indicator = IndicatorFacts.Create(spec, i);
            WriteFile(Path.Combine(content, "indicators", $"{indicator.Id}-{indicator.Slug}.yaml"), IndicatorYaml(spec, indicator));
            Interlocked.Add(ref charts, indicator.Charts.Count);
            var written = 0;
            for (var k = 0; k < spec.Periods; k++)
            {
                var text = Commentary.For(spec, indicator, k);
                if (text is null)
                {
                    continue;
                }

                var folder = Path.Combine(content, "commentary", indicator.Id.ToString(CultureInfo.InvariantCulture));
                if (written == 0)
                {
                    Directory.CreateDirectory(folder);
                }

                WriteFile(Path.Combine(folder, Quarter.Slug(k) + ".md"), text);
                written++;
            }

            Interlocked.Add(ref commentaries, written);
        });

        for (var c = 0; c < spec.Committees; c++)
        {
            var folder = Path.Combine(content, "reports", Committees.Key(c));
            Directory.CreateDirectory(folder);
            for (var k = 0; k < spec.Periods; k++)
            {
                WriteFile(Path.Combine(folder, Quarter.Slug(k) + ".yaml"), ReportYaml(spec, c, k));
            }
        }

        return new GeneratedSite(directory, spec.Indicators, commentaries, spec.Reports, charts);
    }

    /// <summary>A random stream for one part of the site, fixed by the seed and the part's number.</summary>
    internal static Random Stream(int seed, int part) => new(unchecked((seed * 1_000_003) ^ (part * 7919) ^ 0x5F3759DF));

    private static void WriteFile(string path, string text) => File.WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    private static string Config(SiteSpec spec)
    {
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"""
            # A synthetic site written by bench/StaticKpi.SiteGenerator
            # --indicators {spec.Indicators} --periods {spec.Periods} --committees {spec.Committees} --seed {spec.Seed}
            format: 1
            title: Performance scorecards
            organisation: Synthetic County Council
            base_url: https://example.org/performance/
            language: en-GB
            financial_year_start_month: 4
            currency_symbol: "£"
            theme: default
            contact_email: performance@example.org
            committees:

            """);
        for (var c = 0; c < spec.Committees; c++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - key: {Committees.Key(c)}\n    name: {Yaml.Quote(Committees.Name(c))}\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"""
            rag_policies:
              - name: Blue rating in use
                effective_from: {Quarter.Text(0)}
                red_threshold: 10
                red_includes_threshold: false
                blue_threshold: 5
                blue_includes_threshold: false
              - name: No Blue rating
                effective_from: 2024/25 Q1
                red_threshold: 10
                red_includes_threshold: true
            accessibility:
              contact_email: performance@example.org
              response_days: 5
              compliance: full
              last_tested: 2025-03-03
              prepared: 2025-03-03
              last_reviewed: 2025-03-03

            """);
        return yaml.ToString();
    }

    private static string IndicatorYaml(SiteSpec spec, IndicatorFacts facts)
    {
        var y = new StringBuilder(2048 + spec.Periods * 40);
        y.Append(CultureInfo.InvariantCulture, $"id: {facts.Id}\n");
        y.Append(CultureInfo.InvariantCulture, $"title: {Yaml.Quote(facts.Title)}\n");
        y.Append(CultureInfo.InvariantCulture, $"slug: {facts.Slug}\n");
        y.Append(CultureInfo.InvariantCulture, $"committee: {Committees.Key(facts.Committee)}\n");
        y.Append(CultureInfo.InvariantCulture, $"service: {Yaml.Quote(facts.Service)}\n");
        y.Append(CultureInfo.InvariantCulture, $"unit: {facts.Unit}\n");
        y.Append(CultureInfo.InvariantCulture, $"precision: {facts.Precision}\n");
        y.Append(CultureInfo.InvariantCulture, $"direction: {facts.Direction}\n");
        y.Append("frequency: quarterly\n");
        switch (facts.TargetKind)
        {
            case TargetKind.Value:
                y.Append(CultureInfo.InvariantCulture, $"target: {facts.Number(facts.Target)}\n");
                break;
            case TargetKind.Range:
                y.Append(CultureInfo.InvariantCulture, $"target:\n  min: {facts.Number(facts.RangeMin)}\n  max: {facts.Number(facts.RangeMax)}\n");
                break;
            case TargetKind.ToBeConfirmed:
                y.Append("target: TBC\n");
                break;
            case TargetKind.None:
                y.Append(CultureInfo.InvariantCulture, $"status: {facts.Status}\n");
                break;
        }

        if (facts.SameQuarterLastYear)
        {
            y.Append("compare_with: same_period_last_year\n");
        }

        y.Append("description: |\n");
        foreach (var line in Text.Wrap(facts.Description, 100))
        {
            y.Append("  ").Append(line).Append('\n');
        }

        y.Append(CultureInfo.InvariantCulture, $"data_source: {Yaml.Quote(facts.DataSource)}\n");
        if (facts.Benchmarks.Count > 0)
        {
            y.Append("benchmarks:\n");
            foreach (var b in facts.Benchmarks)
            {
                y.Append(CultureInfo.InvariantCulture, $"  - kind: {b.Kind}\n    value: {facts.Number(b.Value)}\n");
                if (b.Period is not null)
                {
                    y.Append(CultureInfo.InvariantCulture, $"    period: {b.Period}\n");
                }

                if (b.Label is not null)
                {
                    y.Append(CultureInfo.InvariantCulture, $"    label: {Yaml.Quote(b.Label)}\n");
                }

                if (b.Note is not null)
                {
                    y.Append(CultureInfo.InvariantCulture, $"    note: {Yaml.Quote(b.Note)}\n");
                }
            }
        }

        if (facts.Link is { } link)
        {
            y.Append(CultureInfo.InvariantCulture, $"links:\n  - title: {Yaml.Quote(link.Title)}\n    url: {link.Url}\n");
        }

        y.Append("series:\n");
        for (var k = 0; k < spec.Periods; k++)
        {
            var point = facts.Series[k];
            y.Append(CultureInfo.InvariantCulture, $"  - period: {Quarter.Text(k)}\n");
            y.Append(point.Value is { } v ? string.Create(CultureInfo.InvariantCulture, $"    value: {facts.Number(v)}\n") : "    value:\n");
            if (point.Target is { } t)
            {
                y.Append(CultureInfo.InvariantCulture, $"    target: {facts.Number(t)}\n");
            }

            if (point.Status is { } s)
            {
                y.Append(CultureInfo.InvariantCulture, $"    status: {s}\n");
            }

            if (point.Note is { } note)
            {
                y.Append(CultureInfo.InvariantCulture, $"    note: {Yaml.Quote(note)}\n");
            }

            if (point.Override is { } o)
            {
                y.Append(CultureInfo.InvariantCulture, $"    rag_override:\n      rating: {o.Rating}\n      reason: {Yaml.Quote(o.Reason)}\n");
            }
        }

        if (facts.Charts.Count > 0)
        {
            y.Append("charts:\n");
            foreach (var chart in facts.Charts)
            {
                y.Append(chart);
            }
        }

        return y.ToString();
    }

    private static string ReportYaml(SiteSpec spec, int committee, int quarter)
    {
        var random = Stream(spec.Seed, 1_000_000 + (committee * 1000) + quarter);
        var ids = Enumerable.Range(0, spec.Indicators).Where(i => i % spec.Committees == committee).Select(IndicatorFacts.IdOf).ToList();
        var highlights = ids.OrderBy(_ => random.Next()).Take(Math.Min(3, ids.Count)).Order().ToList();
        var end = Quarter.End(quarter);
        var produced = end.AddDays(45 + random.Next(30));
        var y = new StringBuilder(256 + ids.Count * 6);
        y.Append(CultureInfo.InvariantCulture, $"committee: {Committees.Key(committee)}\n");
        y.Append(CultureInfo.InvariantCulture, $"period: {Quarter.Text(quarter)}\n");
        y.Append(CultureInfo.InvariantCulture, $"produced_on: {produced:yyyy-MM-dd}\n");
        y.Append(CultureInfo.InvariantCulture, $"title: Quarter {(quarter % 4) + 1} performance report, {Quarter.Year(quarter)}\n");
        y.Append("indicators: [").AppendJoin(", ", ids).Append("]\n");
        y.Append("highlights: [").AppendJoin(", ", highlights).Append("]\n");
        y.Append("introduction: |\n");
        var intro = $"This scorecard covers {Quarter.Months(quarter)}, quarter {(quarter % 4) + 1} of the {Quarter.Year(quarter)} financial year, " +
                    $"for the {Committees.Name(committee)}. {Text.Pick(random, Text.Introductions)}";
        foreach (var line in Text.Wrap(intro, 100))
        {
            y.Append("  ").Append(line).Append('\n');
        }

        return y.ToString();
    }
}
