using System.Diagnostics;
using System.Globalization;
using StaticKpi.SiteGenerator;

const string Usage = "usage: StaticKpi.SiteGenerator --output DIR [--indicators N] [--periods P] [--committees C] [--seed S]";

int indicators = 20, periods = 6, committees = 2, seed = 1;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    int NextInt()
    {
        var name = args[i];
        var text = Next();
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"{name} needs a whole number, not '{text}'.");
    }

    try
    {
        switch (args[i])
        {
            case "--indicators": indicators = NextInt(); break;
            case "--periods": periods = NextInt(); break;
            case "--committees": committees = NextInt(); break;
            case "--seed": seed = NextInt(); break;
            case "--output": output = Next(); break;
            case "-h" or "--help":
                Console.WriteLine(Usage);
                return 0;
            default: throw new ArgumentException($"Unknown option '{args[i]}'.");
        }
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine($"error: {ex.Message}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}

if (output is null)
{
    Console.Error.WriteLine("error: --output is required.");
    Console.Error.WriteLine(Usage);
    return 2;
}

var spec = new SiteSpec(indicators, periods, committees, seed);
try
{
    spec.Validate();
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}

var clock = Stopwatch.StartNew();
var site = SyntheticSite.Write(spec, output);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Wrote {site.IndicatorFiles} indicators, {site.CommentaryFiles} commentary files, {site.ReportFiles} reports " +
    $"({spec.IndicatorPages} indicator pages, {site.ExtraCharts} extra charts) to {Path.GetFullPath(output)} in {clock.Elapsed.TotalSeconds:0.00} s."));
return 0;
