namespace StaticKpi.Content;

/// <summary>"Did you mean …?" suggestions for misspelt keys and values.</summary>
public static class Suggestions
{
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var plausible = Math.Max(2, input.Length / 3);
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: skipping hopeless candidates also keeps a 10 MB
            // misspelling from allocating a table of its length times the candidate's.
            if (Math.Abs(input.Length - candidate.Length) > plausible)
            {
                continue;
            }

            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Only suggest something plausibly meant: at most a third of the word changed.
        return best is not null && bestDistance <= plausible ? best : null;
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
