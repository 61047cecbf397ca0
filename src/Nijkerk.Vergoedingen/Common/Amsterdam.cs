using NodaTime;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>
/// The municipality's calendar: a year and a date are what they are on the wall in Europe/Amsterdam,
/// so a decision at 23:30 UTC on 31 December already belongs to the next year.
/// </summary>
public static class Amsterdam
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    public static int YearOf(Instant instant) => DateOf(instant).Year;

    /// <summary>The first instant of a local date: midnight in Amsterdam, whatever the offset.</summary>
    public static Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();
}
