using System.Text;
using Xunit.Abstractions;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>
/// Issue 12, finding 9 (CSV): a CSV table gets the same limits as a workbook (size, rows, line length, columns,
/// cell length) and must be UTF-8; each is refused with the file and row, nothing written, within 200 MB.
/// </summary>
public sealed class ImportCsvLimitTests(ITestOutputHelper output)
{
    private const string Header = "indicator,period,value,notes\n";

    public static TheoryData<string, Func<byte[]>, string> Tables => new()
    {
        {
            "larger than 16 MB", () => Repeat("101,2024/25 Q3,92.5,note\n", 17 * 1024 * 1024 / 24),
            "1: error: The file is 17 MB, more than the 16 MB a table of figures can be. Check it is the right file, " +
            "or split the table and import each part."
        },
        {
            "more than 100,000 rows", () => Repeat(",,,\n", 100_000),
            "100001: error: The table goes on past row 100,000, and StaticKpi imports at most 100,000 rows at a time. " +
            "Delete the empty or unrelated rows below the figures, or split the table and import each part."
        },
        {
            "a line of 2 MB", () => Encoding.UTF8.GetBytes(Header + "101,2024/25 Q3,92.5," + new string('n', 2 * 1024 * 1024) + "\n"),
            "2: error: The line is longer than 1,048,576 characters, far more than a row of figures. " +
            "Check it is the right file, and that the row's notes are not pasted whole documents."
        },
        {
            "an unclosed quote running over many lines",
            () => Encoding.UTF8.GetBytes(Header + "101,2024/25 Q3,92.5,\"" + string.Concat(Enumerable.Repeat(new string('n', 1000) + "\n", 2000))),
            "2: error: The row could not be read as CSV: a field with a quote or a line break in it must be wrapped in double quotes, " +
            "with its own quotes doubled."
        },
        {
            "20,000 columns", () => Encoding.UTF8.GetBytes(Header + "101,2024/25 Q3,92.5" + new string(',', 20_000) + "\n"),
            "2: error: The row has a cell beyond column 16,384 (XFD), the last column a spreadsheet can have. " +
            "Save the figures again from your spreadsheet program."
        },
        {
            "a cell of 40,000 characters", () => Encoding.UTF8.GetBytes(Header + "101,2024/25 Q3,92.5," + new string('n', 40_000) + "\n"),
            "2: error: A cell in the row holds 40,000 characters, more than the 32,767 a spreadsheet cell can. Check the row: a figure, " +
            "a period or an id is never that long."
        },
        {
            "text that is not UTF-8", () => [.. Encoding.UTF8.GetBytes(Header + "101,2024/25 Q2,87.5,\n101,2024/25 Q3,92.5,Cost \u00a3"), 0xA3,
                .. "5k\n"u8],
            "3: error: The line is not UTF-8 text (the file was probably saved as 'CSV' in another encoding). " +
            "Save it from your spreadsheet program as 'CSV UTF-8', then import again."
        },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_csv_over_a_limit_or_not_utf8_is_refused_with_its_row_within_200_MB(string what, Func<byte[]> bytes, string problem)
    {
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, "figures.csv");
        File.WriteAllBytes(table, bytes());
        var before = Import.ImportFiles.Snapshot(site.Source);

        var outcome = ImportChildProcess.Run("import", table, "--source", site.Source);
        output.WriteLine($"peak resident memory: {outcome.PeakBytes / (1024 * 1024)} MB");

        Assert.True(outcome.Stderr == $"{table}:{problem}\n{ImportRefusal.Summary(1)}", $"{what}: {outcome.Stderr}");
        Assert.Equal(1, outcome.ExitCode);
        Assert.InRange(outcome.PeakBytes, 1, ImportChildProcess.MemoryLimitBytes);
        ImportRefusal.AssertUnchanged(before, site);
    }

    private static byte[] Repeat(string row, int count)
    {
        var bytes = new MemoryStream();
        bytes.Write(Encoding.UTF8.GetBytes(Header));
        var encoded = Encoding.UTF8.GetBytes(row);
        for (var i = 0; i < count; i++)
        {
            bytes.Write(encoded);
        }

        return bytes.ToArray();
    }
}
