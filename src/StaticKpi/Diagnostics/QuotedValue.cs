namespace StaticKpi.Diagnostics;

/// <summary>
/// Cuts a value from content to a length a message can quote. An editor needs enough of a value to find it, not all
/// of it: a 100 MB field echoed whole would bury every other message (and a CI log) under it. Every message that
/// quotes what an editor wrote goes through <see cref="Cut"/>, so none can grow with the content.
/// </summary>
public static class QuotedValue
{
    /// <summary>The most characters of a value a message quotes; a longer value is cut and ends with an ellipsis.</summary>
    public const int MaximumLength = 80;

    /// <summary>The value itself when it is short enough, otherwise its first characters and "…".</summary>
    public static string Cut(string? value, int maximumLength = MaximumLength)
    {
        if (value is null || value.Length <= maximumLength)
        {
            return value ?? "";
        }

        var end = maximumLength - 1;
        // Never end on the first half of a surrogate pair, which would leave an invalid character behind.
        if (char.IsHighSurrogate(value[end - 1]))
        {
            end--;
        }

        return string.Concat(value.AsSpan(0, end), "…");
    }
}
