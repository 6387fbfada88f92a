using System.Globalization;
using System.Text.RegularExpressions;
using StaticKpi.Diagnostics;

namespace StaticKpi.Model;

public enum PeriodKind
{
    Month,
    Quarter,
    FinancialYear,
}

/// <summary>
/// A reporting period: a financial-year quarter, a calendar month or a financial year. Periods compare by
/// start date, then by length (a month sorts before the quarter that starts on the same day).
/// </summary>
public sealed partial record Period : IComparable<Period>
{
    private Period(PeriodKind kind, int year, int number, int financialYearStartMonth)
    {
        Kind = kind;
        Year = year;
        Number = number;
        FinancialYearStartMonth = financialYearStartMonth;
        // Compared for every value of every indicator in every report, so worked out once.
        Start = kind switch
        {
            PeriodKind.Month => new DateOnly(year, number, 1),
            PeriodKind.Quarter => new DateOnly(year, financialYearStartMonth, 1).AddMonths((number - 1) * 3),
            _ => new DateOnly(year, financialYearStartMonth, 1),
        };
        End = Start.AddMonths(LengthInMonths).AddDays(-1);
    }

    // Dates outside these years are typing mistakes, and staying well inside DateOnly's range keeps arithmetic safe.
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    public PeriodKind Kind { get; }

    /// <summary>For a month the calendar year; for a quarter or financial year the year the financial year starts in.</summary>
    public int Year { get; }

    /// <summary>The month (1-12) or quarter (1-4); 0 for a financial year.</summary>
    public int Number { get; }

    public int FinancialYearStartMonth { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    private int LengthInMonths => Kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        _ => 12,
    };

    // Names are asked for on every page and chart of every report, so each is made once per period.
    private string? _key;
    private string? _slug;
    private string? _displayName;

    /// <summary>The canonical text: <c>2024/25 Q3</c>, <c>2024-10</c> or <c>2023/24</c>.</summary>
    public string Key => _key ??= Kind switch
    {
        PeriodKind.Month => $"{Year:D4}-{Number:D2}",
        PeriodKind.Quarter => $"{FinancialYearText('/')} Q{Number}",
        _ => FinancialYearText('/'),
    };

    /// <summary>A URL and file-name friendly form: <c>2024-25-q3</c>, <c>2024-10</c>, <c>2023-24</c>.</summary>
    public string Slug => _slug ??= Kind switch
    {
        PeriodKind.Month => Key,
        PeriodKind.Quarter => $"{FinancialYearText('-')}-q{Number}",
        _ => FinancialYearText('-'),
    };

    /// <summary>How readers see it: "2024/25 Q3", "October 2024", "2023/24".</summary>
    public string DisplayName => _displayName ??= Kind == PeriodKind.Month
        ? Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : Key;

    public string FinancialYearText(char separator) => $"{FinancialYearOf}{separator}{(FinancialYearOf + 1) % 100:D2}";

    /// <summary>The year the financial year containing this period starts in.</summary>
    public int FinancialYearOf => Kind == PeriodKind.Month
        ? (Number >= FinancialYearStartMonth ? Year : Year - 1)
        : Year;

    public static Period Quarter(int financialYear, int quarter, int financialYearStartMonth = 4) =>
        new(PeriodKind.Quarter, financialYear, quarter, financialYearStartMonth);

    public static Period Month(int year, int month, int financialYearStartMonth = 4) =>
        new(PeriodKind.Month, year, month, financialYearStartMonth);

    public static Period FinancialYear(int financialYear, int financialYearStartMonth = 4) =>
        new(PeriodKind.FinancialYear, financialYear, 0, financialYearStartMonth);

    /// <summary>The same kind of period one year earlier ("same period last year").</summary>
    public Period YearEarlier() => new(Kind, Year - 1, Number, FinancialYearStartMonth);

    /// <summary>The period that follows: the next month, quarter or financial year.</summary>
    public Period Next() => Kind switch
    {
        PeriodKind.Month => Number == 12 ? Month(Year + 1, 1, FinancialYearStartMonth) : Month(Year, Number + 1, FinancialYearStartMonth),
        PeriodKind.Quarter => Number == 4 ? Quarter(Year + 1, 1, FinancialYearStartMonth) : Quarter(Year, Number + 1, FinancialYearStartMonth),
        _ => FinancialYear(Year + 1, FinancialYearStartMonth),
    };

    /// <summary>The period before: the previous month, quarter or financial year.</summary>
    public Period Previous() => Kind switch
    {
        PeriodKind.Month => Number == 1 ? Month(Year - 1, 12, FinancialYearStartMonth) : Month(Year, Number - 1, FinancialYearStartMonth),
        PeriodKind.Quarter => Number == 1 ? Quarter(Year - 1, 4, FinancialYearStartMonth) : Quarter(Year, Number - 1, FinancialYearStartMonth),
        _ => FinancialYear(Year - 1, FinancialYearStartMonth),
    };

    /// <summary>
    /// Parses "2024/25 Q3", "2024-25 Q3", "2024-25-q3", "2024-10", "2023/24" or "2023-24". Returns null with a
    /// reason when the text is not a period.
    /// </summary>
    public static Period? TryParse(string? text, int financialYearStartMonth, out string? error)
    {
        error = null;
        var trimmed = text?.Trim() ?? "";
        var match = PeriodPattern().Match(trimmed);
        if (!match.Success)
        {
            error = $"'{QuotedValue.Cut(trimmed)}' is not a period. Write a quarter as '2024/25 Q3', a month as '2024-10' or a financial year as " +
                "'2023/24'.";
            return null;
        }

        var first = int.Parse(match.Groups["y1"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["y2"].Value, CultureInfo.InvariantCulture);
        if (first is < MinYear or > MaxYear)
        {
            error = $"'{QuotedValue.Cut(trimmed)}' is in the year {first}; periods must fall between {MinYear} and {MaxYear}.";
            return null;
        }

        var isFinancialYear = second == (first + 1) % 100;

        // "2024-10" is a month; "2024-25" is a financial year because 25 follows 24.
        if (!match.Groups["q"].Success && match.Groups["sep"].Value == "-" && !isFinancialYear)
        {
            if (second is < 1 or > 12)
            {
                error = $"'{QuotedValue.Cut(trimmed)}' is neither a month (months run from 01 to 12) nor a financial year (the second year " +
                    $"should be {(first + 1) % 100:D2}).";
                return null;
            }

            return Month(first, second, financialYearStartMonth);
        }

        if (!isFinancialYear)
        {
            error =
                $"'{QuotedValue.Cut(trimmed)}' is not a financial year: the second year should be {(first + 1) % 100:D2}, the year after {first}.";
            return null;
        }

        if (match.Groups["q"].Success)
        {
            var quarter = int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture);
            if (quarter is < 1 or > 4)
            {
                error = $"'{QuotedValue.Cut(trimmed)}' has quarter {quarter}; quarters run from Q1 to Q4.";
                return null;
            }

            return Quarter(first, quarter, financialYearStartMonth);
        }

        return FinancialYear(first, financialYearStartMonth);
    }

    public int CompareTo(Period? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : LengthInMonths.CompareTo(other.LengthInMonths);
    }

    public bool Contains(Period other) => other.Start >= Start && other.End <= End;

    public override string ToString() => Key;

    /// <summary>Two periods are equal when they are the same kind, year and number (the cached names do not count).</summary>
    public bool Equals(Period? other) =>
        other is not null && Kind == other.Kind && Year == other.Year && Number == other.Number &&
        FinancialYearStartMonth == other.FinancialYearStartMonth;

    public override int GetHashCode() => HashCode.Combine(Kind, Year, Number, FinancialYearStartMonth);

    [GeneratedRegex(@"^(?<y1>\d{4})(?<sep>[/-])(?<y2>\d{2})(?:(?:\s+|-)[Qq](?<q>\d))?$")]
    private static partial Regex PeriodPattern();
}
