using System.Text;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Import;
using StaticKpi.Model;

namespace StaticKpi.Tests.Import;

/// <summary><c>statickpi import</c> changes only the figures it imports and leaves every other byte of the files alone.</summary>
public sealed class ImportTests
{
    private const string Indicator101 = "content/indicators/101-invoices-paid.yaml";
    private const string Indicator102 = "content/indicators/102-sickness-days.yaml";

    [Fact]
    public void Importing_the_example_sites_own_figures_changes_no_file()
    {
        using var folder = new TempFolder();
        var source = folder.Combine("site");
        File.Copy(Path.Combine(RepoPaths.Root, "site.config.yaml"), Path.Combine(Directory.CreateDirectory(source).FullName, "site.config.yaml"));
        folder.CopyFrom(Path.Combine(RepoPaths.Root, "content"), "site/content");
        folder.CopyFrom(Path.Combine(RepoPaths.Root, "themes"), "site/themes");
        var site = ContentLoader.Load(source, new DiagnosticBag())!;
        var rows = site.Indicators
            .SelectMany(i => i.Series.Where(p => p.Value is not null).Select(p => (IReadOnlyList<string>)
                [i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Period.Key, SeriesFileEditor.Number(p.Value!.Value),
                 i.TargetFor(p) is { } target ? TargetCell(target) : ""]))
            .ToList();
        var table = ImportFiles.WriteCsv(folder.Combine("figures.csv"), [["indicator", "period", "value", "target"], .. rows]);
        var before = ImportFiles.Snapshot(source);

        var (exitCode, stdout, stderr) = ImportFiles.Run("import", table, "--source", source);

        Assert.True(exitCode == 0, stderr);
        Assert.True(rows.Count > 100, $"only {rows.Count} figures in the example site");
        Assert.Equal($"Imported {rows.Count} rows from {table}: 0 values changed, 0 periods added, 0 targets set, " +
                     $"{rows.Count} rows already up to date; 0 files updated.\n", stdout);
        var after = ImportFiles.Snapshot(source);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} changed"));
    }

    [Fact]
    public void Importing_new_figures_changes_only_their_lines_and_inserts_new_periods_in_order()
    {
        using var site = TempSite.FromMinimal();
        var old101 = Lines(site.Read(Indicator101));
        var old102 = Lines(site.Read(Indicator102));
        var old103 = File.ReadAllBytes(site.PathOf("content/indicators/103-complaints.yaml"));
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"),
        [
            ["Indicator", "Period", "Value", "Target"],
            ["101", "2024/25 Q2", "87.5", ""],
            ["101", "2024-25 Q3", "91.50", "90"],
            ["101", "2024/25 Q4", "93.0", "95"],
            ["102", "2024/25 Q1", "11.2", "9 - 11"],
            ["103", "2024/25 Q3", "37", ""],
        ]);

        var (exitCode, stdout, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.True(exitCode == 0, stderr);
        var expected101 = old101.ToList();
        expected101[23] = "    value: 87.5";
        expected101.InsertRange(26, ["  - period: 2024/25 Q4", "    value: 93.0", "    target: 95"]);
        Assert.Equal(expected101, Lines(site.Read(Indicator101)));
        var expected102 = old102.ToList();
        expected102.InsertRange(8, ["  - period: 2024/25 Q1", "    value: 11.2", "    target: {min: 9, max: 11}"]);
        Assert.Equal(expected102, Lines(site.Read(Indicator102)));
        Assert.Equal(old103, File.ReadAllBytes(site.PathOf("content/indicators/103-complaints.yaml")));
        Assert.Equal(
            $"""
            {Indicator101}:24 86.0 -> 87.5 (indicator 101, 2024/25 Q2, value)
            {Indicator101}:28 (none) -> 93.0 (indicator 101, 2024/25 Q4, value, new period)
            {Indicator101}:29 (none) -> 95 (indicator 101, 2024/25 Q4, target, new period)
            {Indicator102}:10 (none) -> 11.2 (indicator 102, 2024/25 Q1, value, new period)
            {Indicator102}:11 (none) -> {"{"}min: 9, max: 11{"}"} (indicator 102, 2024/25 Q1, target, new period)
            Imported 5 rows from {table}: 1 value changed, 2 periods added, 2 targets set, 2 rows already up to date; 2 files updated.

            """, stdout);
        Assert.Equal("", stderr);
        Assert.Equal(["figures.csv", "site"],
            Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Where(n => n != "build").Order().ToList());
        Assert.Equal(3, Directory.EnumerateFiles(site.PathOf("content/indicators")).Count());
    }

    [Fact]
    public void After_an_import_the_site_loads_with_the_new_figures()
    {
        using var site = TempSite.FromMinimal();
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"),
        [
            ["indicator", "period", "value", "target"],
            ["101", "2024/25 Q2", "87.5", ""],
            ["101", "2024/25 Q4", "93.0", "95"],
            ["102", "2024/25 Q1", "11.2", "9 - 11"],
        ]);

        var result = FigureImport.Run(site.Source, table, "figures.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(site.Source, diagnostics);
        Assert.NotNull(loaded);
        Assert.False(diagnostics.HasErrors);
        var invoices = loaded.IndicatorById(101)!;
        Assert.Equal([82.0m, 87.5m, 91.5m, 93.0m], invoices.Series.Select(p => p.Value!.Value));
        Assert.Equal(new Target.Value(95), invoices.TargetFor(invoices.Series[^1]));
        Assert.Equal(new Target.Value(90), invoices.TargetFor(invoices.Series[1]));
        var sickness = loaded.IndicatorById(102)!;
        Assert.Equal([Period.Quarter(2024, 1), Period.Quarter(2024, 2), Period.Quarter(2024, 3)], sickness.Series.Select(p => p.Period));
        Assert.Equal(11.2m, sickness.Series[0].Value);
        Assert.Equal(new Target.Range(9, 11), sickness.TargetFor(sickness.Series[0]));
        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void Comments_quotes_line_endings_and_the_byte_order_mark_survive_an_import()
    {
        using var site = TempSite.FromMinimal();
        var original = string.Join("\r\n",
            "# Complaints: figures from the customer relations system (£ 😀)",
            "id: 103",
            "title: Complaints received",
            "committee: finance",
            "unit: number",
            "direction: none",
            "status: contextual",
            "series:   # oldest first",
            "    # Q1 was revised in January",
            "    - period: \"2024/25 Q1\"",
            "      value: \"41\"     # revised",
            "      note: |",
            "        Revised after",
            "        the audit",
            "    - {period: 2024/25 Q3, value: 37}",
            "    - period: 2024-25 Q4",
            "      value:",
            "      label: Quarter 4 (provisional)");
        var path = site.PathOf("content/indicators/103-complaints.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(original)]);
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"),
        [
            ["indicator", "period", "value"],
            ["103", "2024/25 Q1", "42"],
            ["103", "2024/25 Q2", "44"],
            ["103", "2024/25 Q3", "40"],
            ["103", "2024/25 Q4", "35"],
            ["103", "2025/26 Q1", "30"],
            ["103", "2023/24 Q4", "50"],
        ]);

        var result = FigureImport.Run(site.Source, table, "figures.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var expected = string.Join("\r\n",
            "# Complaints: figures from the customer relations system (£ 😀)",
            "id: 103",
            "title: Complaints received",
            "committee: finance",
            "unit: number",
            "direction: none",
            "status: contextual",
            "series:   # oldest first",
            "    - period: 2023/24 Q4",
            "      value: 50",
            "    # Q1 was revised in January",
            "    - period: \"2024/25 Q1\"",
            "      value: 42     # revised",
            "      note: |",
            "        Revised after",
            "        the audit",
            "    - period: 2024/25 Q2",
            "      value: 44",
            "    - {period: 2024/25 Q3, value: 40}",
            "    - period: 2024-25 Q4",
            "      value: 35",
            "      label: Quarter 4 (provisional)",
            "    - period: 2025/26 Q1",
            "      value: 30");
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(expected)], File.ReadAllBytes(path));
        Assert.Equal(
            [
                "content/indicators/103-complaints.yaml:10 (none) -> 50 (indicator 103, 2023/24 Q4, value, new period)",
                "content/indicators/103-complaints.yaml:13 41 -> 42 (indicator 103, 2024/25 Q1, value)",
                "content/indicators/103-complaints.yaml:18 (none) -> 44 (indicator 103, 2024/25 Q2, value, new period)",
                "content/indicators/103-complaints.yaml:19 37 -> 40 (indicator 103, 2024/25 Q3, value)",
                "content/indicators/103-complaints.yaml:21 (none) -> 35 (indicator 103, 2024/25 Q4, value)",
                "content/indicators/103-complaints.yaml:24 (none) -> 30 (indicator 103, 2025/26 Q1, value, new period)",
            ],
            result.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void A_target_written_over_several_lines_is_replaced_and_a_flow_entry_gains_a_target()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Indicator102, "  - period: 2024/25 Q2\n    value: 10.6\n",
            "  - period: 2024/25 Q2\n    value: 10.6\n    target:\n      min: 8\n      max: 10\n");
        site.Replace(Indicator102, "  - period: 2024/25 Q3\n    value: 9.4\n", "  - {period: 2024/25 Q3, value: 9.4}\n");
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"),
        [
            ["indicator", "period", "value", "target"],
            ["102", "2024/25 Q2", "10.6", "8 - 9.5"],
            ["102", "2024/25 Q3", "9.4", "TBC"],
        ]);

        var result = FigureImport.Run(site.Source, table, "figures.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(
            """
            id: 102
            title: Average sickness days per employee
            committee: finance
            unit: days
            precision: 1
            direction: down
            target: {min: 8, max: 10}
            series:
              - period: 2024/25 Q2
                value: 10.6
                target: {min: 8, max: 9.5}
              - {period: 2024/25 Q3, value: 9.4, target: TBC}

            """, site.Read(Indicator102));
        Assert.Equal(
            [
                "content/indicators/102-sickness-days.yaml:11 min: 8\n      max: 10 -> {min: 8, max: 9.5} (indicator 102, 2024/25 Q2, target)",
                "content/indicators/102-sickness-days.yaml:12 (none) -> TBC (indicator 102, 2024/25 Q3, target)",
            ],
            result.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void A_series_written_on_one_line_takes_new_values_but_not_new_periods()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Indicator102, "series:\n  - period: 2024/25 Q2\n    value: 10.6\n  - period: 2024/25 Q3\n    value: 9.4\n",
            "series: [{period: 2024/25 Q2, value: 10.6}, {period: 2024/25 Q3, value: 9.4}]\n");
        var changeOnly = ImportFiles.WriteCsv(Path.Combine(site.Root, "change.csv"),
            [["indicator", "period", "value"], ["102", "2024/25 Q3", "9.1"]]);
        var newPeriod = ImportFiles.WriteCsv(Path.Combine(site.Root, "new.csv"), [["indicator", "period", "value"], ["102", "2024/25 Q4", "9.0"]]);

        var changed = FigureImport.Run(site.Source, changeOnly, "change.csv");
        var refused = FigureImport.Run(site.Source, newPeriod, "new.csv");

        Assert.True(changed.Succeeded, string.Join("\n", changed.Problems));
        Assert.EndsWith("series: [{period: 2024/25 Q2, value: 10.6}, {period: 2024/25 Q3, value: 9.1}]\n", site.Read(Indicator102),
            StringComparison.Ordinal);
        Assert.Equal(
            ["content/indicators/102-sickness-days.yaml:8: error: The series is written on one line ([…]), so new periods cannot be added to it. " +
             "Write it as a list with one '- period:' entry per line, then import again."],
            refused.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void An_xlsx_workbook_is_imported_with_dates_read_as_months_and_numbers_exactly()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Indicator101, "frequency: quarterly\n", "frequency: monthly\n");
        var table = ImportFiles.WriteXlsx(Path.Combine(site.Root, "figures.xlsx"),
        [
            ["Indicator", "Period", "Value", "Notes"],
            [101.0, "2024/25 Q2", 87.5, "revised"],
            [101.0, new DateOnly(2025, 1, 1), 97.66, "Excel stored the typed 2025-01 as a date"],
            [103.0, "2024/25 Q3", 39.0, ""],
        ]);

        var (exitCode, stdout, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(
            $"""
            {Indicator101}:24 86.0 -> 87.5 (indicator 101, 2024/25 Q2, value)
            {Indicator101}:28 (none) -> 97.66 (indicator 101, 2025-01, value, new period)
            content/indicators/103-complaints.yaml:11 37 -> 39 (indicator 103, 2024/25 Q3, value)
            Imported 3 rows from {table}: 2 values changed, 1 period added, 0 targets set, 0 rows already up to date; 2 files updated.

            """, stdout);
        Assert.EndsWith("    value: 91.5\n  - period: 2025-01\n    value: 97.66\n", site.Read(Indicator101), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicator,period,value\n101,2024/25 Q3,91.5\n999,2024/25 Q3,1\n",
        "3: error: There is no indicator with id 999 in content/indicators. The nearest id in use is 103, and the next free id is 104. " +
        "Check the id; if this is a new indicator, create it first with 'statickpi new indicator --id 999 --title \"...\" --committee ...', then " +
        "import again.")]
    [InlineData("indicator,period,value\n101,2024 Q3,92\n",
        "2: error: '2024 Q3' is not a period. Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as '2023/24'.")]
    [InlineData("indicator,period,value\n101,2024/25 Q3,91.5%\n",
        "2: error: The value '91.5%' is not a number. Write plain numbers without commas, currency symbols or percent signs, " +
        "for example 2250 or 85.5.")]
    [InlineData("indicator,period,value\n101,2024/25 Q3,92\n102,2024/25 Q3,9\n101,2024-25 Q3,93\n",
        "4: error: Indicator 101, period 2024/25 Q3 is also on row 2. Keep one row for each indicator and period.")]
    [InlineData("Indicator,Period,Amount\n101,2024/25 Q3,92\n",
        "1: error: The column 'value' is missing. The first row should name the columns indicator, period and value (and optionally target).")]
    [InlineData("indicator,period,value\n\n101,2024/25 Q9,92\n",
        "3: error: '2024/25 Q9' has quarter 9; quarters run from Q1 to Q4.")]
    [InlineData("indicator,period,value,target\n101,2024/25 Q3,92,high\n",
        "2: error: The target 'high' is not a number, a range such as '8 - 10', or TBC. Leave the cell empty to keep the current target.")]
    public void A_table_with_a_problem_is_refused_with_its_row_and_nothing_is_written(string csv, string expected)
    {
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, "figures.csv");
        File.WriteAllText(table, csv);
        var before = ImportFiles.Snapshot(site.Source);

        var (exitCode, stdout, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal($"{table}:{expected}\nNothing was imported: 1 problem found. Fix the table and import again.\n", stderr);
        var after = ImportFiles.Snapshot(site.Source);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact]
    public void Every_problem_in_a_table_is_reported_at_once_in_row_order()
    {
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, "figures.csv");
        File.WriteAllText(table, "indicator,period,value\nabc,2024/25 Q3,1\n101,2024/25 Q3,\n101,,5\n");

        var result = FigureImport.Run(site.Source, table, "figures.csv");

        Assert.Equal(
            [
                "figures.csv:2: error: 'abc' is not an indicator id. Write the number from the indicator's file, for example 182.",
                "figures.csv:3: error: The value is empty. Write the figure, or leave the row out.",
                "figures.csv:4: error: The period is empty. Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as '2023/24'.",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_site_with_errors_is_not_imported_into()
    {
        using var site = TempSite.FromMinimal();
        site.Replace(Indicator102, "unit: days", "unit: dayz");
        var table = ImportFiles.WriteCsv(Path.Combine(site.Root, "figures.csv"), [["indicator", "period", "value"], ["101", "2024/25 Q3", "95"]]);

        var (exitCode, _, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{Indicator102}:4:7: error SKPI012: 'dayz' is not a valid value for 'unit'.", stderr, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was imported: the site has errors. Fix them (or run 'statickpi build' to see them), then import again.\n", stderr,
            StringComparison.Ordinal);
        Assert.Contains("    value: 91.5\n", site.Read(Indicator101), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("figures.txt", "is not a .csv or .xlsx file.")]
    [InlineData("missing.csv", "There is no file")]
    public void A_file_that_is_missing_or_not_a_table_is_a_usage_error(string name, string expected)
    {
        using var site = TempSite.FromMinimal();
        var table = Path.Combine(site.Root, name);
        if (name.EndsWith(".txt", StringComparison.Ordinal))
        {
            File.WriteAllText(table, "indicator,period,value\n");
        }

        var (exitCode, _, stderr) = ImportFiles.Run("import", table, "--source", site.Source);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void When_one_file_cannot_be_replaced_the_files_already_replaced_are_put_back()
    {
        using var folder = new TempFolder();
        var first = folder.Combine("a.yaml");
        File.WriteAllText(first, "old a\n");
        var blocked = folder.Combine("b.yaml");
        Directory.CreateDirectory(blocked); // a folder where a file should be: the swap fails

        Assert.ThrowsAny<Exception>(() => AtomicFileSet.Write([(first, "new a\n"u8.ToArray()), (blocked, "new b\n"u8.ToArray())]));

        Assert.Equal("old a\n", File.ReadAllText(first));
        Assert.Equal(["a.yaml", "b.yaml"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order().ToList());
    }

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    private static string TargetCell(Target target) => target switch
    {
        Target.Value v => SeriesFileEditor.Number(v.Amount),
        Target.Range r => $"{SeriesFileEditor.Number(r.Min)} - {SeriesFileEditor.Number(r.Max)}",
        _ => "TBC",
    };
}
