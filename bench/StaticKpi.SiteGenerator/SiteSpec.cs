namespace StaticKpi.SiteGenerator;

/// <summary>
/// The size and seed of a synthetic site: <paramref name="Indicators"/> indicators, each with
/// <paramref name="Periods"/> quarterly values from 2020/21 Q1, shared out over <paramref name="Committees"/>
/// committees, with one report per committee per quarter listing all of that committee's indicators.
/// </summary>
public sealed record SiteSpec(int Indicators, int Periods, int Committees, int Seed)
{
    public void Validate()
    {
        if (Indicators < 1 || Periods < 1 || Committees < 1)
        {
            throw new ArgumentException("--indicators, --periods and --committees must each be at least 1.");
        }

        if (Committees > Indicators)
        {
            throw new ArgumentException("There must be at least one indicator per committee (--committees is larger than --indicators).");
        }

        if (Periods > 400)
        {
            throw new ArgumentException("--periods is limited to 400 quarters (100 years).");
        }
    }

    /// <summary>Indicator pages the site builds: every indicator is in its committee's report of every quarter.</summary>
    public int IndicatorPages => Indicators * Periods;

    public int Reports => Committees * Periods;
}

/// <summary>What was written.</summary>
public sealed record GeneratedSite(string Directory, int IndicatorFiles, int CommentaryFiles, int ReportFiles, int ExtraCharts);
