using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StaticKpi.Build;
using StaticKpi.Content;
using StaticKpi.Diagnostics;
using StaticKpi.Model;
using StaticKpi.Shared;

namespace StaticKpi.Import;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record ImportResult(
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<Diagnostic> SiteErrors,
    IReadOnlyList<ImportChange> Changes,
    int Rows,
    int UnchangedRows,
    int FilesChanged)
{
    public bool Succeeded => Problems.Count == 0 && SiteErrors.Count == 0;

    public int ValuesChanged => Changes.Count(c => c.Field == "value" && !c.NewPeriod);

    public int PeriodsAdded => Changes.Count(c => c.Field == "value" && c.NewPeriod);

    public int TargetsChanged => Changes.Count(c => c.Field == "target");
}

/// <summary>
/// <c>statickpi import</c>: writes the figures of a CSV or xlsx table into the indicator files. The whole table is
/// checked first (every problem is reported with its row), the site must load, and the edited files must load
/// again with the new values; only then are all the changed files replaced together.
/// </summary>
public static partial class FigureImport
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <param name="tablePath">The CSV or xlsx file.</param>
    /// <param name="displayName">How problems name the table (the path as the editor typed it).</param>
    public static ImportResult Run(string sourceDirectory, string tablePath, string displayName)
    {
        var problems = new List<ImportProblem>();
        var table = ImportTable.Read(tablePath, displayName, problems);
        if (table.Unreadable)
        {
            return Refused(problems, [], table);
        }

        var diagnostics = new DiagnosticBag();
        var site = CheckedContent.Load(sourceDirectory, diagnostics);
        if (site is null)
        {
            return Refused(problems, [.. diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error)], table);
        }

        var updates = CheckRows(table, site, problems);
        if (problems.Count > 0)
        {
            return Refused(problems, [], table);
        }

        var changes = new List<ImportChange>();
        var writes = new List<(string Path, byte[] Bytes)>();
        var unchanged = 0;
        foreach (var (indicator, indicatorUpdates) in updates.OrderBy(u => u.Key.Location.File, StringComparer.Ordinal))
        {
            var file = indicator.Location.File;
            var path = SiteFilePath.Resolve(sourceDirectory, file);
            if (path is null)
            {
                problems.Add(new ImportProblem(file, 1,
                    "The file is a symbolic link to a file outside the site folder, so import neither reads nor writes it. " +
                    "Replace the link with the indicator's own file, then import again."));
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ImportProblem(file, 1,
                    "The file could not be read (it is missing, locked or not readable). Check it, then import again."));
                continue;
            }

            var hasBom = bytes.AsSpan().StartsWith(Utf8Bom);
            var text = Utf8.GetString(hasBom ? bytes[Utf8Bom.Length..] : bytes);
            var edit = SeriesFileEditor.Apply(text, file, indicator, site.Config.FinancialYearStartMonth, indicatorUpdates);
            unchanged += edit.UnchangedRows;
            if (edit.Problem is not null)
            {
                problems.Add(edit.Problem);
                continue;
            }

            if (edit.Changes.Count == 0)
            {
                continue;
            }

            Verify(edit.NewText, file, site.Config, indicatorUpdates, problems);
            changes.AddRange(edit.Changes);
            var encoded = Utf8.GetBytes(edit.NewText);
            writes.Add((path, hasBom ? [.. Utf8Bom, .. encoded] : encoded));
        }

        if (problems.Count > 0)
        {
            return Refused(problems, [], table);
        }

        if (writes.Count > 0)
        {
            try
            {
                AtomicFileSet.Write(writes);
            }
            catch (FileSetWriteException ex)
            {
                var file = Path.GetRelativePath(sourceDirectory, ex.Path).Replace('\\', '/');
                problems.Add(new ImportProblem(file, 1,
                    "The file could not be written (the disk may be full, or the file or its folder read-only), so no file was changed. " +
                    "Fix that, then import again."));
                return Refused(problems, [], table);
            }
        }

        return new ImportResult([], [], changes, table.Records.Count, unchanged, writes.Count);
    }

    /// <summary>Checks every row and groups the good ones by indicator; each problem is added with its row.</summary>
    private static Dictionary<Indicator, List<SeriesUpdate>> CheckRows(ImportTable table, Site site, List<ImportProblem> problems)
    {
        var fy = site.Config.FinancialYearStartMonth;
        var seen = new Dictionary<(int, Period), int>();
        var updates = new Dictionary<Indicator, List<SeriesUpdate>>();
        foreach (var record in table.Records)
        {
            void Problem(string message) => problems.Add(new ImportProblem(table.DisplayName, record.Row, message));

            var indicator = IndicatorOf(record.Indicator.Text.Trim(), site, Problem);
            var period = PeriodOf(record.Period, fy, Problem);
            var value = ValueOf(record.Value.Text.Trim(), Problem);
            var target = record.Target is { } cell ? TargetOf(cell.Text.Trim(), Problem) : null;
            if (indicator is null || period is null || value is null || ReferenceEquals(target, Invalid))
            {
                continue;
            }

            if (PeriodFrequencyCheck.Problem(indicator, period) is { } wrongKind)
            {
                Problem(wrongKind);
                continue;
            }

            if (seen.TryGetValue((indicator.Id, period), out var first))
            {
                Problem($"Indicator {indicator.Id}, period {period} is also on row {first}. Keep one row for each indicator and period.");
                continue;
            }

            seen[(indicator.Id, period)] = record.Row;
            if (!updates.TryGetValue(indicator, out var list))
            {
                updates[indicator] = list = [];
            }

            list.Add(new SeriesUpdate(record.Row, period, value.Value, target));
        }

        return updates;
    }

    private static Indicator? IndicatorOf(string text, Site site, Action<string> problem)
    {
        if (text.Length == 0)
        {
            problem("The indicator id is empty. Write the id from the indicator's file, for example 182.");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            problem($"{Quote(text)} is not an indicator id. Write the number from the indicator's file, for example 182.");
            return null;
        }

        var indicator = site.IndicatorById(id);
        if (indicator is null)
        {
            problem(UnknownId(id, site));
        }

        return indicator;
    }

    /// <summary>
    /// The ids around the unknown one catch a mistyped id; the next free one and the command help when the row is
    /// a new indicator, which must have its file before figures can go in it.
    /// </summary>
    private static string UnknownId(int id, Site site)
    {
        var ids = site.Indicators.Select(i => i.Id).ToList();
        var nearest = IndicatorIds.Nearest(ids, id);
        var around = nearest.Count switch
        {
            0 => "There are no indicators yet",
            1 => $"The nearest id in use is {nearest[0]}",
            _ => $"The nearest ids in use are {IndicatorIds.List(nearest)}",
        };
        return $"There is no indicator with id {id} in {ContentLoader.IndicatorsFolder}. {around}, " +
               $"and the next free id is {IndicatorIds.NextFree(ids)}. " +
               "Check the id; if this is a new indicator, create it first with " +
               $"'statickpi new indicator --id {id} --title \"...\" --committee ...', then import again.";
    }

    private static Period? PeriodOf(RawCell cell, int fy, Action<string> problem)
    {
        if (cell.Date is { } date)
        {
            if (date.Year is < Period.MinYear or > Period.MaxYear)
            {
                problem($"The period is the date {cell.Text}, in the year {date.Year}; " +
                        $"periods must fall between {Period.MinYear} and {Period.MaxYear}. " +
                        "Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as '2023/24'.");
                return null;
            }

            // Excel turns a typed "2024-10" into a date; the period is that month.
            return Period.Month(date.Year, date.Month, fy);
        }

        if (cell.Text.Trim().Length == 0)
        {
            problem("The period is empty. Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as '2023/24'.");
            return null;
        }

        if (cell.Text.Length > MaximumQuoted || cell.Text.Any(char.IsControl))
        {
            // Not a period, and too long or too strange to repeat as it is.
            problem($"{Quote(cell.Text.Trim())} is not a period. Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as " +
                "'2023/24'.");
            return null;
        }

        var period = Period.TryParse(cell.Text, fy, out var error);
        if (period is null)
        {
            problem(error!);
        }

        return period;
    }

    private static decimal? ValueOf(string text, Action<string> problem)
    {
        if (text.Length == 0)
        {
            problem("The value is empty. Write the figure, or leave the row out.");
            return null;
        }

        if (YamlMap.TryParseNumber(text, out var value) && ValueLimits.IsInRange(value))
        {
            return value;
        }

        if (ValueLimits.IsWrittenBeyondRange(text))
        {
            problem(OutOfRange("value", text));
            return null;
        }

        problem($"The value {Quote(text)} is not a number. Write plain numbers without commas, currency symbols or percent signs, for example " +
            "2250 or 85.5.");
        return null;
    }

    /// <summary>Null for an empty cell (the target is left as it is).</summary>
    private static Target? TargetOf(string text, Action<string> problem)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Equals("TBC", StringComparison.OrdinalIgnoreCase))
        {
            return new Target.ToBeConfirmed();
        }

        if (YamlMap.TryParseNumber(text, out var amount) && ValueLimits.IsInRange(amount))
        {
            return new Target.Value(amount);
        }

        var range = RangePattern().Match(text);
        var ends = range.Success ? new[] { range.Groups["min"].Value, range.Groups["max"].Value } : [text];
        if (ends.FirstOrDefault(ValueLimits.IsWrittenBeyondRange) is { } tooLarge)
        {
            problem(OutOfRange("target", tooLarge));
            return Invalid;
        }

        if (range.Success && YamlMap.TryParseNumber(ends[0], out var min) && YamlMap.TryParseNumber(ends[1], out var max) && min <= max)
        {
            return new Target.Range(min, max);
        }

        problem($"The target {Quote(text)} is not a number, a range such as '8 - 10', or TBC. Leave the cell empty to keep the current target.");
        return Invalid;
    }

    /// <summary>The edited file must still load, with the imported figures in it.</summary>
    private static void Verify(string text, string file, SiteConfig config, IReadOnlyList<SeriesUpdate> updates, List<ImportProblem> problems)
    {
        var diagnostics = new DiagnosticBag();
        var indicator = IndicatorLoader.Load(text, file, config, diagnostics);
        var error = diagnostics.ToSortedList().FirstOrDefault(d => d.Severity == Severity.Error);
        if (error is not null || indicator is null)
        {
            problems.Add(new ImportProblem(file, error?.Location.Line ?? 1,
                $"Importing would leave this file unreadable ({error?.Message}), so nothing was written. Please report this with the file."));
            return;
        }

        foreach (var update in updates)
        {
            var point = indicator.Series.FirstOrDefault(p => p.Period == update.Period);
            if (point is null || point.Value != update.Value || (update.Target is { } target && indicator.TargetFor(point) != target))
            {
                problems.Add(new ImportProblem(file, 1,
                    $"The figure for {update.Period} could not be written as expected, so nothing was written. Please report this with the file."));
            }
        }
    }

    private static ImportResult Refused(List<ImportProblem> problems, IReadOnlyList<Diagnostic> siteErrors, ImportTable table) =>
        new([.. problems.OrderBy(p => p.File == table.DisplayName ? 0 : 1).ThenBy(p => p.Row)], siteErrors, [], table.Records.Count, 0, 0);

    private static string OutOfRange(string field, string text) =>
        $"The {field} {Quote(text)} is too large to be a real figure: figures must lie between {ValueLimits.Range}. " +
        "Check it for extra digits or a misplaced exponent (1e30), and write it in the indicator's unit.";

    /// <summary>How long a cell's text may be before a message shortens it.</summary>
    private const int MaximumQuoted = QuotedValue.MaximumLength;

    /// <summary>
    /// A cell's text in quotes for a message, cut when long (<see cref="QuotedValue"/>), so a hostile cell cannot flood
    /// the terminal; control characters are shown escaped where the command line prints the message.
    /// </summary>
    private static string Quote(string text) => $"'{QuotedValue.Cut(text)}'";

    /// <summary>Marks a target cell that was reported as wrong (null means "no target given").</summary>
    private static readonly Target Invalid = new Target.Value(decimal.MinValue);

    [GeneratedRegex(@"^(?<min>-?[0-9.]+)\s*(?:-|–|to)\s*(?<max>-?[0-9.]+)$")]
    private static partial Regex RangePattern();
}
