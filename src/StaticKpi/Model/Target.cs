namespace StaticKpi.Model;

/// <summary>A target: a single value, an inclusive range, or "to be confirmed".</summary>
public abstract record Target
{
    private Target()
    {
    }

    public sealed record Value(decimal Amount) : Target;

    public sealed record Range(decimal Min, decimal Max) : Target;

    /// <summary>A target will be set but is not known yet; the indicator is not rated.</summary>
    public sealed record ToBeConfirmed : Target;
}
