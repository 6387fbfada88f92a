using System.Globalization;
using System.Text;

namespace StaticKpi.SiteGenerator;

/// <summary>
/// About 150 words of Markdown commentary for one indicator in one quarter: a Commentary section, Actions when the
/// figure misses its target (sometimes a Path to green), and now and then a section with a captioned pipe table.
/// One quarter in ten has no commentary, as in the seed reports.
/// </summary>
internal static class Commentary
{
    public static string? For(SiteSpec spec, IndicatorFacts indicator, int quarter)
    {
        var random = SyntheticSite.Stream(spec.Seed, unchecked((indicator.Id * 512) + quarter) ^ 0x40000000);
        if (random.NextDouble() < 0.1)
        {
            return null;
        }

        var point = indicator.Series[quarter];
        var previous = quarter > 0 ? indicator.Series[quarter - 1].Value : null;
        var md = new StringBuilder(1200);
        md.Append("## Commentary\n");
        var sentences = Text.Sentences
            .Where(s => previous is not null || !s.Contains("{2}", StringComparison.Ordinal))
            .OrderBy(_ => random.Next())
            .Take(5 + random.Next(3))
            .Select(s => string.Format(CultureInfo.InvariantCulture, s, indicator.Subject, indicator.Display(point.Value),
                indicator.Display(previous), indicator.TargetText(point)));
        foreach (var line in Text.Wrap(string.Join(' ', sentences), 100))
        {
            md.Append(line).Append('\n');
        }

        if (indicator.OffTarget(point))
        {
            md.Append("\n## Actions\n");
            foreach (var action in Text.Actions.OrderBy(_ => random.Next()).Take(2 + random.Next(2)))
            {
                md.Append("- ").Append(action).Append('\n');
            }

            if (random.NextDouble() < 0.4)
            {
                md.Append("\n## Path to green\n").Append(Text.Pick(random, Text.PathsToGreen)).Append('\n');
            }
        }

        if (random.NextDouble() < 0.05)
        {
            md.Append("\n## Contract waivers over £100,000\n");
            md.Append("**Waivers agreed in ").Append(Quarter.Text(quarter)).Append("**\n\n");
            md.Append("| Supplier | Service | Value (£) | Reason |\n| --- | --- | ---: | --- |\n");
            var rows = 3 + random.Next(3);
            for (var r = 0; r < rows; r++)
            {
                var value = (100 + random.Next(900)) * 1000;
                md.Append(CultureInfo.InvariantCulture,
                    $"| {Text.Pick(random, Text.Suppliers)} | {Text.Pick(random, Text.Services)} | {value:N0} | " +
                    $"{(r % 2 == 0 ? "Only supplier able to meet the specification" : "Extension while the service is re-tendered")} |\n");
            }
        }

        return md.ToString();
    }
}
