namespace StaticKpi.Content;

/// <summary>How to suggest putting a value in quotes so that YAML reads it as text, whatever characters it holds.</summary>
internal static class YamlQuoting
{
    /// <summary>Longer values are not repeated in a suggestion: the editor can see them on the line.</summary>
    private const int LongestShown = 60;

    /// <summary>
    /// The value written in quotes: double quotes unless it holds a double quote or a backslash (which starts a
    /// special character inside double quotes), then single quotes with any apostrophe written twice.
    /// </summary>
    public static string Quote(string value) =>
        value.Contains('"', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal)
            ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'"
            : "\"" + value + "\"";

    /// <summary>"Put the whole value in quotes: title: "Rate: good"." (the example left out for a long value).</summary>
    public static string PutInQuotes(string? key, string value)
    {
        if (value.Length > LongestShown || (key?.Length ?? 0) > LongestShown)
        {
            return "Put the whole value in quotes.";
        }

        return key is null ? $"Put the whole text in quotes: {Quote(value)}." : $"Put the whole value in quotes: {key}: {Quote(value)}.";
    }
}
