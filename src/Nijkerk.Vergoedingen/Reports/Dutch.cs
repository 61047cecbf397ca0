using System.Globalization;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Reports;

/// <summary>How the report speaks: nl-NL numbers and dates, and the statuses in Dutch.</summary>
public static class Dutch
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("dd-MM-uuuu", Culture);

    public static string Euro(decimal amount) => amount.ToString("C2", Culture);

    public static string Date(LocalDate date) => DatePattern.Format(date);

    public static string Number(double value) => value.ToString("0.0", Culture);

    public static string Month(int month) => Culture.DateTimeFormat.GetAbbreviatedMonthName(month).TrimEnd('.');

    public static string MonthName(int month) => Culture.DateTimeFormat.GetMonthName(month);

    public static string Scheme(string slug) => slug switch
    {
        "houd-me-vast" => "Stichting Houd Me Vast",
        "bijzondere-bijstand" => "Bijzondere bijstand",
        _ => slug,
    };

    public static string Status(ReferralStatus status) => status switch
    {
        ReferralStatus.Requested => "Aangevraagd",
        ReferralStatus.Rejected => "Afgewezen",
        ReferralStatus.Reserved => "Plek gereserveerd",
        ReferralStatus.Waitlisted => "Op de wachtlijst",
        ReferralStatus.Committed => "Toegekend",
        ReferralStatus.Scheduled => "Ingepland",
        ReferralStatus.Completed => "Afgerond",
        ReferralStatus.Withdrawn => "Ingetrokken",
        ReferralStatus.Closed => "Afgesloten",
        _ => status.ToString(),
    };
}
