using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StaticKpi.SiteGenerator;

var output = new Option<DirectoryInfo>("--output") { Description = "Where to write the site.", Required = true };
var indicators = new Option<int>("--indicators") { Description = "How many indicators.", DefaultValueFactory = _ => 20 };
var periods = new Option<int>("--periods") { Description = "How many quarterly periods.", DefaultValueFactory = _ => 6 };
var committees = new Option<int>("--committees") { Description = "How many committees.", DefaultValueFactory = _ => 2 };
var seed = new Option<int>("--seed") { Description = "The random seed; the same seed writes the same site.", DefaultValueFactory = _ => 1 };

var root = new RootCommand("Writes a synthetic, valid StaticKpi site of any size from a seed, for benchmarks and scale tests.")
{
    output, indicators, periods, committees, seed,
};
root.SetAction(parse =>
{
    var spec = new SiteSpec(parse.GetValue(indicators), parse.GetValue(periods), parse.GetValue(committees), parse.GetValue(seed));
    try
    {
        spec.Validate();
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine($"error: {ex.Message}");
        return 2;
    }

    var folder = parse.GetValue(output)!.FullName;
    var clock = Stopwatch.StartNew();
    var site = SyntheticSite.Write(spec, folder);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Wrote {site.IndicatorFiles} indicators, {site.CommentaryFiles} commentary files, {site.ReportFiles} reports " +
        $"({spec.IndicatorPages} indicator pages, {site.ExtraCharts} extra charts) to {folder} in {clock.Elapsed.TotalSeconds:0.00} s."));
    return 0;
});

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    return 2;
}

return parsed.Invoke();
