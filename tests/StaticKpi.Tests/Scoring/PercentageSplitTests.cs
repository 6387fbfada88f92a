using StaticKpi.Scoring;

namespace StaticKpi.Tests.Scoring;

public class PercentageSplitTests
{
    [Fact]
    public void The_seed_summary_splits_deterministically_by_largest_remainder()
    {
        // Total 13: 100/13 = 7 r 9, 1000/13 = 76 r 12. Floors 7+7+76+7 = 97, so 3 points go to the largest
        // remainders: 12 (index 2), then the ties at 9 in index order (0 and 1); index 3 misses out.
        Assert.Equal([8, 8, 77, 7, 0, 0, 0], PercentageSplit.LargestRemainder([1, 1, 10, 1, 0, 0, 0]));
    }

    [Fact]
    public void Three_equal_shares_give_the_spare_point_to_the_first()
    {
        Assert.Equal([34, 33, 33], PercentageSplit.LargestRemainder([1, 1, 1]));
        Assert.Equal([34, 33, 33], PercentageSplit.LargestRemainder([5, 5, 5]));
    }

    [Fact]
    public void The_spare_point_goes_to_the_largest_remainder_not_the_first_entry()
    {
        // 1/3 = 33 r 1, 2/3 = 66 r 2.
        Assert.Equal([33, 67], PercentageSplit.LargestRemainder([1, 2]));
    }

    [Fact]
    public void Shares_that_divide_exactly_are_unchanged()
    {
        Assert.Equal([25, 50, 25, 0], PercentageSplit.LargestRemainder([1, 2, 1, 0]));
        Assert.Equal([10, 20, 30, 40], PercentageSplit.LargestRemainder([1, 2, 3, 4]));
    }

    [Fact]
    public void Seven_equal_shares_give_the_two_spare_points_to_the_first_two()
    {
        Assert.Equal([15, 15, 14, 14, 14, 14, 14], PercentageSplit.LargestRemainder([1, 1, 1, 1, 1, 1, 1]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    public void All_zero_counts_give_all_zero_percentages(int length)
    {
        Assert.Equal(new int[length], PercentageSplit.LargestRemainder(new int[length]));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 3)]
    [InlineData(8, 7)]
    [InlineData(1000000, 2)]
    public void A_single_non_zero_count_gets_one_hundred_percent(int count, int index)
    {
        var counts = new int[8];
        counts[index] = count;

        var expected = new int[8];
        expected[index] = 100;
        Assert.Equal(expected, PercentageSplit.LargestRemainder(counts));
    }

    [Fact]
    public void Percentages_always_add_up_to_one_hundred_and_stay_within_a_point_of_the_exact_share()
    {
        var checkedCount = 0;
        foreach (var counts in Combinations(slots: 5, maxCount: 7))
        {
            var total = counts.Sum();
            var percents = PercentageSplit.LargestRemainder(counts);

            Assert.Equal(counts.Length, percents.Length);
            if (total == 0)
            {
                Assert.All(percents, p => Assert.Equal(0, p));
                continue;
            }

            checkedCount++;
            Assert.True(percents.Sum() == 100, $"[{string.Join(", ", counts)}] gave [{string.Join(", ", percents)}]");
            for (var i = 0; i < counts.Length; i++)
            {
                var floor = counts[i] * 100 / total;
                Assert.InRange(percents[i], floor, floor + 1);
                if (counts[i] == 0)
                {
                    Assert.Equal(0, percents[i]);
                }
            }
        }

        Assert.Equal(32767, checkedCount);
    }

    [Fact]
    public void Large_and_uneven_counts_still_add_up_to_one_hundred()
    {
        int[][] cases =
        [
            [1, 999999],
            [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
            [int.MaxValue / 4, int.MaxValue / 4, 1],
            [17, 0, 0, 23, 1, 1, 1, 59, 2],
            [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
             1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
             1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        ];

        foreach (var counts in cases)
        {
            Assert.Equal(100, PercentageSplit.LargestRemainder(counts).Sum());
        }
    }

    [Fact]
    public void More_entries_than_points_give_a_point_each_to_the_first_hundred()
    {
        var percents = PercentageSplit.LargestRemainder(Enumerable.Repeat(1, 103).ToArray());

        Assert.Equal(100, percents.Sum());
        Assert.All(percents.Take(100), p => Assert.Equal(1, p));
        Assert.All(percents.Skip(100), p => Assert.Equal(0, p));
    }

    private static IEnumerable<int[]> Combinations(int slots, int maxCount)
    {
        var counts = new int[slots];
        while (true)
        {
            yield return (int[])counts.Clone();
            var i = 0;
            while (i < slots && counts[i] == maxCount)
            {
                counts[i] = 0;
                i++;
            }

            if (i == slots)
            {
                yield break;
            }

            counts[i]++;
        }
    }
}
