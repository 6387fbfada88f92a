namespace StaticKpi.Model;

/// <summary>Which way is better for an indicator.</summary>
public enum Direction
{
    /// <summary>Higher values are better.</summary>
    Up,

    /// <summary>Lower values are better.</summary>
    Down,

    /// <summary>Neither direction is better (contextual measures).</summary>
    None,
}

public enum Unit
{
    Number,
    Percent,
    Currency,
    Days,
    Stars,
    Score,
    Hours,
    Ratio,
}

/// <summary>Why an indicator (or one period of it) has no target and so no RAG rating.</summary>
public enum IndicatorStatus
{
    Baseline,
    Contextual,
    InDevelopment,
    Suspended,
}

public enum Frequency
{
    Monthly,
    Quarterly,
    Annual,
    YearToDate,
    Cumulative,
    Rolling12Months,
}

public enum ComparisonBasis
{
    PreviousPeriod,
    SamePeriodLastYear,
}

public enum BenchmarkKind
{
    StatisticalNeighbours,
    England,
    Comparator,
}

/// <summary>A Red/Amber/Green/Blue rating or, for untargeted indicators, the status shown in its place.</summary>
public enum Rating
{
    Red,
    Amber,
    Green,
    Blue,
    Baseline,
    Contextual,
    InDevelopment,
    Suspended,

    /// <summary>There is no value for the period, so nothing can be rated.</summary>
    NoData,

    /// <summary>The value is published but not rated yet, usually until a provisional figure is validated.</summary>
    Withheld,

    /// <summary>The period is before any target was set for the indicator.</summary>
    NoTarget,
}

public enum Change
{
    Improving,
    Declining,
    Unchanged,
    NotApplicable,
}
