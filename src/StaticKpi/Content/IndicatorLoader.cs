using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Content;

/// <summary>Reads one indicator file (<c>content/indicators/*.yaml</c>).</summary>
public static class IndicatorLoader
{
    public static readonly string[] Keys =
    [
        "id", "title", "slug", "committee", "service", "unit", "precision", "direction", "frequency", "target",
        "targets", "status", "baseline", "compare_with", "projection", "description", "data_source", "benchmarks", "links",
        "series", "charts",
    ];

    public static readonly string[] BenchmarkKeys = ["kind", "value", "period", "label", "note", "cumulative"];
    public static readonly string[] BaselineKeys = ["value", "period", "from", "to", "cumulative", "note"];
    public static readonly string[] PointKeys =
        ["period", "value", "target", "status", "label", "note", "provisional", "withhold_rating", "rag_override"];
    public static readonly string[] OverrideKeys = ["rating", "reason"];
    public static Indicator? Load(string text, string file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var root = YamlFile.ParseMapping(text, file, diagnostics);
        if (root is null)
        {
            return null;
        }

        var map = new YamlMap(root, file, diagnostics, Keys, sourceText: text);
        var fy = config.FinancialYearStartMonth;
        var id = map.Int("id", required: true);
        if (id is not null && !IdMatchesFileName(map, id.Value))
        {
            id = null; // not loaded: commentary and reports filed under either number would otherwise be judged by the wrong one
        }
        var texts = new TranslatableField(config.Languages);
        var title = texts.Read(map, "title", required: true);
        var service = texts.Read(map, "service");
        var committee = map.String("committee", required: true);
        if (committee is not null && config.CommitteeOf(committee) is null)
        {
            var suggestion = Suggestions.Closest(committee, config.Committees.Select(c => c.Key));
            diagnostics.Error(RuleIds.UnknownCommittee, map.LocationOf("committee"),
                $"There is no committee '{QuotedValue.Cut(committee)}' in {SiteConfigLoader.FileName}.",
                suggestion is null
                    ? $"Add it under 'committees' in {SiteConfigLoader.FileName}, or use an existing key."
                    : $"Did you mean '{suggestion}'?");
        }

        var slug = map.String("slug");
        if (slug is not null && !Slugs.IsSlug(slug))
        {
            diagnostics.Error(RuleIds.BadValue, map.LocationOf("slug"), $"The slug '{QuotedValue.Cut(slug)}' cannot be used in web addresses.",
                $"Use lower-case letters, digits and hyphens, for example '{QuotedValue.Cut(Slugs.From(slug))}'.");
        }

        var unit = map.Enum<Unit>("unit") ?? Unit.Number;
        var precision = map.Int("precision") ?? 0;
        if (precision is < 0 or > 6)
        {
            diagnostics.Error(RuleIds.BadValue, map.LocationOf("precision"), $"precision is {precision}; use 0 to 6 decimal places.");
            precision = Math.Clamp(precision, 0, 6);
        }

        var target = TargetsLoader.ReadTarget(map, "target", map.Node("target"));
        var targets = TargetsLoader.Read(map, fy);
        if (target is not null && targets.Count > 0)
        {
            diagnostics.Error(RuleIds.BadValue, map.LocationOf("targets"),
                "The indicator has both 'target' (one target for every period) and 'targets' (targets by period).",
                "Keep 'targets' and move the single target into it as an entry with the period it applies from, or remove 'targets'.");
        }

        var status = map.Enum<IndicatorStatus>("status");
        var frequency = map.Enum<Frequency>("frequency");
        var cumulativeByDefault = frequency is Frequency.YearToDate or Frequency.Cumulative;
        var series = ReadSeries(map, fy, unit, config.Languages);
        var charts = ChartSpecLoader.Read(map, fy, config.Languages);
        var descriptionLinks = new List<MarkdownLink>();
        var (description, descriptionWords) = MarkdownField.RenderTranslatable(map, "description", texts, descriptionLinks);

        if (id is null || title is null || committee is null)
        {
            return null;
        }

        var indicator = new Indicator(
            id.Value,
            slug ?? Slugs.From(title),
            title,
            committee,
            service,
            unit,
            precision,
            map.Enum<Direction>("direction") ?? Direction.Up,
            frequency,
            target,
            status,
            map.Enum<ComparisonBasis>("compare_with") ?? ComparisonBasis.PreviousPeriod,
            description,
            texts.Read(map, "data_source"),
            ReadBenchmarks(map, fy, cumulativeByDefault, config.Languages),
            LinksLoader.Read(map, config.Languages),
            series,
            map.Location,
            charts,
            descriptionLinks,
            descriptionWords,
            BaselineLoader.Read(map, fy, cumulativeByDefault, config.Languages),
            targets,
            map.Bool("projection") ?? true)
        {
            Translations = texts.Translations,
        };

        CheckTargets(indicator, map, diagnostics);
        return indicator;
    }

    /// <summary>
    /// The number an indicator file's name starts with, followed by a dash or the extension (<c>182-foi.yaml</c>,
    /// <c>182.yaml</c>); null when the name does not start with one.
    /// </summary>
    public static int? IdInFileName(string file)
    {
        var name = Path.GetFileName(file);
        var digits = 0;
        while (digits < name.Length && char.IsAsciiDigit(name[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < name.Length && name[digits] is '-' or '.' &&
            int.TryParse(name.AsSpan(0, digits), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    /// <summary>
    /// A file's name and its <c>id</c> must agree: the name is how editors, commentary folders and the error checks
    /// find an indicator, so an <c>id: 999</c> in <c>182-foi.yaml</c> would otherwise quietly drop indicator 182's pages.
    /// A name without a number is allowed (the id is then the file's alone), though <c>&lt;id&gt;-&lt;slug&gt;.yaml</c> is the convention.
    /// </summary>
    private static bool IdMatchesFileName(YamlMap map, int id)
    {
        if (IdInFileName(map.File) is not { } named || named == id)
        {
            return true;
        }

        var name = Path.GetFileName(map.File);
        map.Diagnostics.Error(RuleIds.IdDoesNotMatchFileName, map.LocationOf("id"),
            $"The id is {id}, but the file name '{QuotedValue.Cut(name)}' starts with {named}.",
            $"Change the line to 'id: {named}', or rename the file to '{QuotedValue.Cut(id + name.TrimStart("0123456789".ToCharArray()))}'.");
        return false;
    }

    /// <summary>Every period needs a target or a status saying why it has none.</summary>
    private static void CheckTargets(Indicator indicator, YamlMap map, DiagnosticBag diagnostics)
    {
        if (!map.Has("target") && !map.Has("targets") && indicator.Status is null &&
            indicator.Series.Any(p => p.Target is null && p.Status is null))
        {
            diagnostics.Error(RuleIds.TargetedWithoutTarget, map.Location,
                $"Indicator {indicator.Id} has no target and no status.",
                "Add 'target: …' (a number, {min, max} or TBC), or 'status: baseline | contextual | in_development | suspended'.");
        }
    }

    private static IReadOnlyList<DataPoint> ReadSeries(YamlMap map, int fy, Unit unit, IReadOnlyList<SiteLanguage> languages)
    {
        var points = new List<DataPoint>();
        foreach (var item in map.MapsIn("series", PointKeys))
        {
            var period = item.Period("period", fy, required: true);
            var value = item.Decimal("value");
            if (unit == Unit.Percent && value is < 0 or > 100)
            {
                map.Diagnostics.Warning(RuleIds.PercentOutOfRange, item.LocationOf("value"),
                    $"The value {value} is outside 0 to 100, which is unusual for a percentage.",
                    "Check the figure, or change 'unit' if this is not a percentage.");
            }

            var target = TargetsLoader.ReadTarget(item, "target", item.Node("target"));
            var status = item.Enum<IndicatorStatus>("status");
            var ratingOverride = ReadOverride(item, languages);
            var texts = new TranslatableField(languages);
            var label = texts.Read(item, "label");
            var note = texts.Read(item, "note");
            if (period is null)
            {
                continue;
            }

            var duplicate = points.Find(p => p.Period == period);
            if (duplicate is not null)
            {
                map.Diagnostics.Error(RuleIds.DuplicatePeriod, item.LocationOf("period"),
                    $"The period {period} appears twice in the series (first at line {duplicate.Location.Line}).",
                    "Keep one entry per period.");
                continue;
            }

            var provisional = item.Bool("provisional") ?? false;
            var withheld = item.Bool("withhold_rating") ?? false;
            if (withheld && ratingOverride is not null)
            {
                map.Diagnostics.Error(RuleIds.BadValue, item.LocationOf("withhold_rating"),
                    "This entry both withholds its rating and overrides it with 'rag_override'.",
                    "Keep one: 'withhold_rating: true' to publish no rating yet, or 'rag_override' to publish the committee's rating.");
            }

            points.Add(new DataPoint(period, value, target, status, label, note, ratingOverride, item.Location,
                provisional, withheld)
            {
                Translations = texts.Translations,
            });
        }

        // Sorted once here so every later stage can rely on chronological order.
        return [.. points.OrderBy(p => p.Period)];
    }

    private static RatingOverride? ReadOverride(YamlMap item, IReadOnlyList<SiteLanguage> languages)
    {
        var map = item.Map("rag_override", OverrideKeys);
        if (map is null)
        {
            return null;
        }

        var rating = map.Enum<Rating>("rating", required: true);
        var texts = new TranslatableField(languages);
        var reason = texts.Read(map, "reason");
        if (string.IsNullOrWhiteSpace(reason))
        {
            item.Diagnostics.Error(RuleIds.OverrideWithoutReason, map.Location,
                "A rating override needs a reason, which is shown on the page.",
                "Add 'reason: …' saying why the computed rating is replaced.");
            return null;
        }

        return rating is null ? null : new RatingOverride(rating.Value, reason.Trim()) { Translations = texts.Translations };
    }

    private static IReadOnlyList<Benchmark> ReadBenchmarks(YamlMap map, int fy, bool cumulativeByDefault, IReadOnlyList<SiteLanguage> languages)
    {
        var benchmarks = new List<Benchmark>();
        foreach (var item in map.MapsIn("benchmarks", BenchmarkKeys))
        {
            var kind = item.Enum<BenchmarkKind>("kind", required: true);
            var texts = new TranslatableField(languages);
            var label = texts.Read(item, "label");
            var value = item.Decimal("value", required: true);
            var period = item.Period("period", fy);
            if (kind is null || value is null)
            {
                continue;
            }

            var cumulative = item.Bool("cumulative") ?? cumulativeByDefault;
            var benchmark = new Benchmark(kind.Value, value.Value, period, label, texts.Read(item, "note"), cumulative);
            benchmarks.Add(benchmark with { Translations = texts.Translations });
        }

        return benchmarks;
    }
}
