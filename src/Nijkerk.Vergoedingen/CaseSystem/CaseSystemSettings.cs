namespace Nijkerk.Vergoedingen.CaseSystem;

/// <summary>
/// Settings under <c>Zgw</c>: per municipality, where its zaaksysteem's Zaken API is and how the ledger
/// speaks to it. A municipality missing here, or without <see cref="CaseSystemMunicipality.ZakenApi"/>, is
/// not linked: its referrals go on as before.
/// </summary>
public sealed class CaseSystemSettings
{
    public Dictionary<string, CaseSystemMunicipality> Municipalities { get; set; } = [];

    /// <summary>The municipality's settings, when its referrals are to be linked to their zaken.</summary>
    public CaseSystemMunicipality? For(string municipality) =>
        Municipalities.GetValueOrDefault(municipality) is { ZakenApi.Length: > 0 } configured ? configured : null;

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int Retries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// When the calls of one attempt are all spent, the link is tried again after these delays (by default
    /// 1, 5 and 30 minutes, then every 2 hours for a day); then it is dead-lettered. Empty here because
    /// configuration adds to a list.
    /// </summary>
    public TimeSpan[] Redeliveries { get; set; } = [];

    public TimeSpan[] RedeliveryDelays => Redeliveries.Length > 0 ? Redeliveries
        : [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), .. Enumerable.Repeat(TimeSpan.FromHours(2), 12)];
}

/// <summary>One municipality's Zaken API (ZGW), as its functioneel beheerder registered the ledger there.</summary>
public sealed class CaseSystemMunicipality
{
    /// <summary>The Zaken API's root, ending in <c>/zaken/api/v1/</c>.</summary>
    public string? ZakenApi { get; set; }

    /// <summary>The ledger's client id at the municipality's ZGW autorisaties.</summary>
    public string? ClientId { get; set; }

    /// <summary>The secret the ledger signs its ZGW tokens with (HS256).</summary>
    public string? Secret { get; set; }

    /// <summary>The municipality's RSIN: the <c>bronorganisatie</c> of its zaken.</summary>
    public string? Rsin { get; set; }

    /// <summary>The <c>Authorization</c> value a notification from the Notificaties API must carry.</summary>
    public string? NotificationsAuth { get; set; }

    /// <summary>Per referral state (<c>Requested</c>, <c>Reserved</c>, …), the status type to set on the zaak.</summary>
    public Dictionary<string, string> StatusTypes { get; set; } = [];

    /// <summary>The status type to set on the zaak when a referral reaches <paramref name="state"/>, if one is configured.</summary>
    public string? StatusTypeOf(Referrals.ReferralStatus state) =>
        StatusTypes.FirstOrDefault(t => string.Equals(t.Key, state.ToString(), StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } type ? type : null;

    /// <summary>The Zaken API's address of <paramref name="path"/> (a resource, with its query).</summary>
    public Uri Resource(string path) => new(new Uri(ZakenApi!.EndsWith('/') ? ZakenApi : ZakenApi + "/"), path);
}
