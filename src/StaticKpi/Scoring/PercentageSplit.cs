namespace StaticKpi.Scoring;

/// <summary>Whole percentages that always add up to 100 (the seeds' summary tables often do not).</summary>
public static class PercentageSplit
{
    /// <summary>
    /// Largest-remainder method: floor every share, then give the leftover points to the largest remainders,
    /// earlier entries first on ties so the result is deterministic. All zeros when the total is zero.
    /// </summary>
    public static int[] LargestRemainder(IReadOnlyList<int> counts)
    {
        var total = counts.Sum();
        var result = new int[counts.Count];
        if (total == 0)
        {
            return result;
        }

        var remainders = new (int Index, long Remainder)[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            var scaled = (long)counts[i] * 100;
            result[i] = (int)(scaled / total);
            remainders[i] = (i, scaled % total);
        }

        var leftover = 100 - result.Sum();
        foreach (var (index, _) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(leftover))
        {
            result[index]++;
        }

        return result;
    }
}
