using System.Globalization;
using System.Text;

namespace StaticKpi.SiteGenerator;

internal enum TargetKind
{
    Value,
    Range,
    ToBeConfirmed,
    None,
}

internal sealed record BenchmarkFacts(string Kind, decimal Value, string? Period, string? Label, string? Note);

internal sealed record OverrideFacts(string Rating, string Reason);

internal sealed record PointFacts(decimal? Value, decimal? Target, string? Status, string? Note, OverrideFacts? Override);

/// <summary>One synthetic indicator, decided entirely by the seed and its index.</summary>
internal sealed class IndicatorFacts
{
    public const int FirstId = 1000;

    public static int IdOf(int index) => FirstId + index;

    public required int Id { get; init; }
    public required int Committee { get; init; }
    public required string Title { get; init; }
    public required string Subject { get; init; }
    public required string Slug { get; init; }
    public required string Service { get; init; }
    public required string Unit { get; init; }
    public required int Precision { get; init; }
    public required string Direction { get; init; }
    public required TargetKind TargetKind { get; init; }
    public decimal Target { get; init; }
    public decimal RangeMin { get; init; }
    public decimal RangeMax { get; init; }
    public string? Status { get; init; }
    public bool SameQuarterLastYear { get; init; }
    public required string Description { get; init; }
    public required string DataSource { get; init; }
    public required IReadOnlyList<BenchmarkFacts> Benchmarks { get; init; }
    public (string Title, string Url)? Link { get; init; }
    public required IReadOnlyList<PointFacts> Series { get; init; }
    public required IReadOnlyList<string> Charts { get; init; }

    /// <summary>A number as written in YAML, with the indicator's decimal places.</summary>
    public string Number(decimal value) => value.ToString("F" + Precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A value as a reader would write it in commentary ("85.0%", "£12,500", "4.5 days").</summary>
    public string Display(decimal? value)
    {
        if (value is not { } v)
        {
            return "no figure";
        }

        var number = v.ToString("N" + Precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Unit switch
        {
            "percent" => number + "%",
            "currency" => "£" + number,
            "days" => number + " days",
            _ => number,
        };
    }

    /// <summary>The target in words, for commentary.</summary>
    public string TargetText(PointFacts point) => point.Status is not null ? "none (baseline year)" : TargetKind switch
    {
        TargetKind.Value => Display(point.Target ?? Target),
        TargetKind.Range => $"{Display(RangeMin)} to {Display(RangeMax)}",
        TargetKind.ToBeConfirmed => "still to be confirmed",
        _ => "not set",
    };

    /// <summary>Roughly whether the value misses its target, to decide whether commentary needs actions.</summary>
    public bool OffTarget(PointFacts point)
    {
        if (point.Value is not { } v || point.Status is not null)
        {
            return false;
        }

        return TargetKind switch
        {
            TargetKind.Value => Direction == "down" ? v > (point.Target ?? Target) : v < (point.Target ?? Target),
            TargetKind.Range => v < RangeMin || v > RangeMax,
            _ => false,
        };
    }

    public static IndicatorFacts Create(SiteSpec spec, int index)
    {
        var id = IdOf(index);
        var random = SyntheticSite.Stream(spec.Seed, id);
        var measures = Text.Measures.Length;
        var subjects = Text.Subjects.Length;
        var measure = Text.Measures[index % measures];
        var subject = Text.Subjects[(index / measures) % subjects];
        var round = index / (measures * subjects);
        var area = round == 0 ? null
            : round <= Text.Areas.Length ? Text.Areas[round - 1]
            : string.Create(CultureInfo.InvariantCulture, $"Area {round}");
        var title = $"{measure} {subject}" + (area is null ? "" : $" ({area})");
        var slug = Slugify($"{measure} {subject}", 56) + (area is null ? "" : "-" + Slugify(area, 20));

        var (unit, precision, low, high) = random.NextDouble() switch
        {
            < 0.45 => ("percent", 1, 40m, 95m),
            < 0.65 => ("number", 0, 50m, 5000m),
            < 0.75 => ("currency", 0, 10_000m, 900_000m),
            < 0.90 => ("days", 1, 5m, 60m),
            _ => ("score", 2, 1m, 9m),
        };
        var baseline = low + ((high - low) * (decimal)random.NextDouble());

        var kindRoll = random.NextDouble();
        var targetKind = kindRoll switch
        {
            < 0.10 => TargetKind.None,
            < 0.20 => TargetKind.Range,
            < 0.22 => TargetKind.ToBeConfirmed,
            _ => TargetKind.Value,
        };
        string? status = null;
        string direction;
        if (targetKind == TargetKind.None)
        {
            status = random.Next(2) == 0 ? "baseline" : "contextual";
            direction = status == "contextual" && random.Next(10) < 7 ? "none" : "up";
        }
        else
        {
            direction = random.NextDouble() < 0.3 ? "down" : "up";
        }

        decimal Round(decimal value)
        {
            var rounded = Math.Round(value, precision, MidpointRounding.AwayFromZero);
            return unit == "percent" ? Math.Clamp(rounded, 0m, 100m) : Math.Max(rounded, 0m);
        }

        var offset = (decimal)((random.NextDouble() * 0.20) - 0.08);
        var target = Round(direction == "down" ? baseline * (1 - offset) : baseline * (1 + offset));
        var rangeMin = Round(baseline * 0.92m);
        var rangeMax = Round(baseline * 1.06m);
        if (rangeMax <= rangeMin)
        {
            rangeMax = rangeMin + 1;
        }

        // Some targets were raised part-way through; some indicators had a baseline year before their first target.
        var changeAt = targetKind == TargetKind.Value && spec.Periods >= 8 && random.NextDouble() < 0.15 ? 2 + random.Next(spec.Periods - 4) : -1;
        var baselineYear = targetKind == TargetKind.Value && changeAt < 0 && spec.Periods >= 6 && random.NextDouble() < 0.05;
        var trend = (random.NextDouble() * 0.025) - 0.01;
        var series = new List<PointFacts>(spec.Periods);
        for (var k = 0; k < spec.Periods; k++)
        {
            var noise = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 0.06;
            decimal? value = Round(baseline * (decimal)(1 + (trend * k) + noise));
            string? note = null;
            if (random.NextDouble() < 0.005)
            {
                value = null;
                note = "Not collected this quarter.";
            }
            else if (k == spec.Periods - 1 && random.NextDouble() < 0.1)
            {
                note = "Provisional";
            }

            decimal? pointTarget = k < changeAt ? Round(direction == "down" ? target * 1.05m : target * 0.95m) : null;
            var pointStatus = baselineYear && k < 4 ? "baseline" : null;
            OverrideFacts? ratingOverride = null;
            if (value is not null && pointStatus is null && targetKind is TargetKind.Value or TargetKind.Range && random.NextDouble() < 0.003)
            {
                ratingOverride = new OverrideFacts(random.Next(2) == 0 ? "amber" : "green",
                    "The committee agreed to hold the rating while a data quality issue is investigated.");
            }

            series.Add(new PointFacts(value, pointTarget, pointStatus, note, ratingOverride));
        }

        var benchmarks = new List<BenchmarkFacts>();
        if (random.NextDouble() < 0.4)
        {
            benchmarks.Add(new BenchmarkFacts("statistical_neighbours", Round(baseline * (decimal)(0.9 + (random.NextDouble() * 0.2))), "2022/23",
                null, null));
            if (random.Next(2) == 0)
            {
                benchmarks.Add(new BenchmarkFacts("england", Round(baseline * (decimal)(0.9 + (random.NextDouble() * 0.2))), "2022/23", null, null));
            }

            if (random.NextDouble() < 0.1)
            {
                benchmarks.Add(new BenchmarkFacts("comparator", Round(baseline * 0.97m), null, "Regional average",
                    "12 of 15 authorities submitted data"));
            }
        }

        var service = Text.Pick(random, Text.Services);
        var source = Text.Pick(random, Text.Sources);
        var description = $"The {measure.ToLowerInvariant()} {subject}, counted each quarter by the {service} service. " +
                          (direction == "down" ? "A *lower* figure is better. " : direction == "up" ? "A *higher* figure is better. " : "") +
                          $"Figures come from the {source.ToLowerInvariant()} and follow the national definition where there is one.";

        return new IndicatorFacts
        {
            Id = id,
            Committee = index % spec.Committees,
            Title = title,
            Subject = subject,
            Slug = slug,
            Service = service,
            Unit = unit,
            Precision = precision,
            Direction = direction,
            TargetKind = targetKind,
            Target = target,
            RangeMin = rangeMin,
            RangeMax = rangeMax,
            Status = status,
            SameQuarterLastYear = spec.Periods >= 5 && random.NextDouble() < 0.05,
            Description = description,
            DataSource = source,
            Benchmarks = benchmarks,
            Link = random.Next(2) == 0 ? ("National guidance for this measure", "https://www.gov.uk/") : null,
            Series = series,
            Charts = ExtraCharts(spec, index, random),
        };
    }

    /// <summary>About one indicator in 33 has an extra chart on its latest page; some have a second, earlier one.</summary>
    private static IReadOnlyList<string> ExtraCharts(SiteSpec spec, int index, Random random)
    {
        if (index % 33 != 5)
        {
            return [];
        }

        var charts = new List<string> { Chart(spec.Periods - 1, (index / 33) % 3, random) };
        if (spec.Periods > 4 && (index / 33) % 2 == 0)
        {
            charts.Add(Chart(spec.Periods - 5, ((index / 33) + 1) % 3, random));
        }

        return charts;
    }

    private static string Chart(int quarter, int type, Random random)
    {
        var y = new StringBuilder();
        y.Append(CultureInfo.InvariantCulture, $"  - period: {Quarter.Text(quarter)}\n");
        var months = Enumerable.Range(0, 12).Select(m => Quarter.End(quarter).AddMonths(m - 11).ToString("MMM yyyy", CultureInfo.InvariantCulture))
            .ToList();
        switch (type)
        {
            case 0:
                y.Append("    type: bar_line\n    title: \"Cases received and average days to complete, by month\"\n");
                y.Append("    x_title: Month\n    y_title: Cases received\n    y2_title: Average days to complete\n");
                AppendCategories(y, months);
                y.Append("    series:\n      - name: Cases received\n");
                AppendValues(y, months.Select(_ => (decimal)(800 + random.Next(400))));
                y.Append("      - name: Average days to complete\n");
                AppendValues(y, months.Select(_ => Math.Round((decimal)(8 + (random.NextDouble() * 6)), 1)));
                y.Append("        axis: secondary\n");
                break;
            case 1:
                y.Append("    type: bar\n    title: \"Requests received and answered on time, by month\"\n");
                y.Append("    x_title: Month\n    y_title: Requests\n");
                AppendCategories(y, months);
                y.Append("    series:\n      - name: Received\n");
                AppendValues(y, months.Select(_ => (decimal)(100 + random.Next(60))));
                y.Append("      - name: Answered on time\n");
                AppendValues(y, months.Select(_ => (decimal)(70 + random.Next(40))));
                break;
            default:
                string[] directorates =
                [
                    "Adults, Health and Commissioning", "Children, Education and Families", "Place and Sustainability",
                    "Finance and Resources", "Strategy and Partnerships", "Public Health",
                ];
                y.Append("    type: category_comparison\n    title: \"Average days lost per FTE by directorate\"\n");
                y.Append("    x_title: Directorate\n    y_title: Average days lost per FTE\n");
                AppendCategories(y, directorates);
                y.Append("    series:\n      - name: Average days lost per FTE\n");
                AppendValues(y, directorates.Select(_ => Math.Round((decimal)(5 + (random.NextDouble() * 7)), 2)));
                y.Append("    benchmarks:\n      - name: Council-wide\n        value: 9.15\n      - name: England mean (2022/23)\n" +
                    "        value: 9.60\n");
                break;
        }

        return y.ToString();
    }

    private static void AppendCategories(StringBuilder y, IEnumerable<string> categories)
    {
        y.Append("    categories:\n");
        foreach (var category in categories)
        {
            y.Append("      - ").Append(Yaml.Quote(category)).Append('\n');
        }
    }

    private static void AppendValues(StringBuilder y, IEnumerable<decimal> values) =>
        y.Append("        values: [")
            .AppendJoin(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)))
            .Append("]\n");

    private static string Slugify(string text, int maxLength)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > 0 ? cut : maxLength)];
        }

        return slug;
    }
}
