namespace StaticKpi.Localisation;

/// <summary>
/// A problem in a theme's strings files or in how a page uses them (a missing key, a placeholder given no value),
/// reported to the user as a diagnostic naming the file, line and column, never as a stack trace.
/// </summary>
public sealed class StringsProblem(string message, string fix) : Exception(message)
{
    public string Fix { get; } = fix;
}
