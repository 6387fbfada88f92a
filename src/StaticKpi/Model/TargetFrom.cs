using StaticKpi.Diagnostics;

namespace StaticKpi.Model;

/// <summary>
/// A target in force from a period onwards, until the next one starts. Councils reset targets each year, and a
/// value must be rated against the target of its own period, not today's.
/// </summary>
public sealed record TargetFrom(Period From, Target Target, SourceLocation Location);
