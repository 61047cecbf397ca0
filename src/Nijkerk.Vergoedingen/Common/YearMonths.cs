using System.Collections.Immutable;
using NodaTime;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>
/// Which month of a year an event counts in, for figures kept month by month: its own month in
/// Europe/Amsterdam; an event from before the year (an early opening) counts in January, one from after
/// it (the close in the new year) in none.
/// </summary>
public static class YearMonths
{
    public static int? Of(int year, Instant at)
    {
        var date = Amsterdam.DateOf(at);
        return date.Year < year ? 1 : date.Year > year ? null : date.Month;
    }

    /// <summary>The list with this month's figures in place of what it held for that month; months stay in order.</summary>
    public static ImmutableList<T> Set<T>(ImmutableList<T> months, T figures, Func<T, int> month)
    {
        var last = months.Count - 1;
        return last >= 0 && month(months[last]) == month(figures) ? months.SetItem(last, figures) : months.Add(figures);
    }

    /// <summary>The figures that held at the end of this month: those of the last month up to it that had events.</summary>
    public static T? AtEndOf<T>(IReadOnlyList<T> months, int month, Func<T, int> monthOf) where T : class =>
        months.LastOrDefault(m => monthOf(m) <= month);
}
