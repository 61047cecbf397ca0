using System.Globalization;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>How the report speaks: nl-NL numbers and dates, and the statuses in Dutch.</summary>
public static class Dutch
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("dd-MM-uuuu", Culture);

    public static string Euro(decimal amount) => amount.ToString("C2", Culture);

    public static string Date(LocalDate date) => DatePattern.Format(date);

    /// <summary>"a", "a en b", "a, b en c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all.SkipLast(1))} en {all[^1]}";
    }

    public static string Number(double value) => value.ToString("0.0", Culture);

    /// <summary>The region's average days to a decision, or why there is none: too few decisions to show without showing a household.</summary>
    public static string DaysToDecision(double? days) =>
        days is { } d ? Number(d) : $"niet getoond: minder dan {Region.RegionAllocation.FewestCases} besluiten";

    public static string Month(int month) => Culture.DateTimeFormat.GetAbbreviatedMonthName(month).TrimEnd('.');

    public static string MonthName(int month) => Culture.DateTimeFormat.GetMonthName(month);

    public static string DateTime(Instant instant) =>
        LocalDateTimePattern.Create("dd-MM-uuuu HH:mm", Culture).Format(instant.InZone(Common.Amsterdam.Zone).LocalDateTime);

    /// <summary>A status as the screens say it; a waiting referral says where it is in line.</summary>
    public static string Status(ReferralStatus status, int? waitlistPosition) =>
        status == ReferralStatus.Waitlisted && waitlistPosition is { } position ? $"Wachtlijst, positie {position}" : Status(status);

    public static string Status(Claims.ClaimStatus status) => status switch
    {
        Claims.ClaimStatus.Submitted => "Ingediend",
        Claims.ClaimStatus.Approved => "Goedgekeurd",
        Claims.ClaimStatus.Rejected => "Afgewezen",
        Claims.ClaimStatus.Paid => "Betaald",
        _ => status.ToString(),
    };

    /// <summary>What a screen says of the referral's zaak beside its request; nothing while it is linked and open, or not looked up.</summary>
    public static string? CaseMark(CaseSystem.CaseLink? link) => link switch
    {
        CaseSystem.CaseLink.NotFound => "zaak niet gevonden",
        CaseSystem.CaseLink.Ended => "zaak afgesloten",
        _ => null,
    };

    public static string Notification(Foundation.NotificationStatus? status) => status switch
    {
        Foundation.NotificationStatus.Pending => "Wordt aan de stichting gemeld",
        Foundation.NotificationStatus.Sent => "Gemeld aan de stichting",
        Foundation.NotificationStatus.Failed => "Melding aan de stichting mislukt",
        Foundation.NotificationStatus.Confirmed => "Plaatsing bevestigd door de stichting",
        _ => "",
    };

    /// <summary>Why a statement's entry was not booked, as the desk says it.</summary>
    public static string Unmatched(string why) => why switch
    {
        "money in" => "ontvangst, geen betaling van deze administratie",
        "no transfer of the ledger" => "geen overboeking van deze administratie",
        "amount differs from the transfer" or "amount differs from the payment booked" => "bedrag wijkt af van de overboeking",
        "the claim no longer waits for this transfer" => "de declaratie wacht niet meer op deze overboeking",
        "returns no payment of the ledger" => "terugboeking van een onbekende betaling",
        "its referral is closed" => "de aanvraag is afgesloten",
        "its year is closed" => "het jaar is afgesloten",
        _ => why,
    };

    public static string Scheme(string slug) => Common.Scheme.FromSlug(slug) is { } scheme ? Scheme(scheme) : slug;

    public static string Scheme(Common.Scheme scheme) => scheme.Kind == Common.SchemeKind.Quota ? "Stichting Houd Me Vast" : "Bijzondere bijstand";

    /// <summary>The status badge's tone: what is done or granted, what waits, what ended without a training.</summary>
    public static string Tone(ReferralStatus status) => status switch
    {
        ReferralStatus.Reserved or ReferralStatus.Committed or ReferralStatus.Scheduled or ReferralStatus.Completed => "success",
        ReferralStatus.Requested or ReferralStatus.Waitlisted => "warning",
        ReferralStatus.Rejected or ReferralStatus.Expired => "danger",
        _ => "neutral",
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
        ReferralStatus.Expired => "Reservering verlopen",
        _ => status.ToString(),
    };
}
