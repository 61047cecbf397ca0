using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Years;

public static class YearRules
{
    /// <summary>Closed is closed: corrections go into an open year and name what they correct.</summary>
    public static Refusal Closed(int year) =>
        new(ProblemCodes.YearClosed, $"{year} is closed and sealed; record a correction in an open year instead.");
}
