using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.CaseSystem;

/// <summary>
/// A ledger whose Nijkerk has a zaaksysteem: a stand-in Zaken API behind Prism, which holds every call and
/// answer to the published contract (ZGW Zaken API 1.5.1), and the settings that point the ledger at it.
/// </summary>
public abstract class CaseSystemTest(LedgerApp app) : LedgerTest(app)
{
    protected const string PublicBaseUrl = "https://vergoedingen.nijkerk.example";
    protected const string NotificationsAuth = "Token notificaties-aan-vergoedingen-nijkerk";
    protected StandInZakenApi Api { get; private set; } = null!;

    protected ContractProxy Contract { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Api = await StandInZakenApi.StartAsync();
        Contract = await ContractProxy.StartAsync("CaseSystem/zgw-zaken-api-1.5.1.yaml", "/zaken/api/v1", $"http://127.0.0.1:{Api.Port}");
        // The zaken's own URLs name the address the ledger is given: the contract's proxy.
        Api.Root = $"{Contract.Address}/zaken/api/v1/";
    }

    public override async Task DisposeAsync()
    {
        await Contract.DisposeAsync();
        await Api.DisposeAsync();
    }

    /// <summary>The status type Nijkerk's zaaksysteem sets for a referral state, as its catalogue names it.</summary>
    protected static string StatusType(string state) => $"https://catalogi.nijkerk.example/catalogi/api/v1/statustypen/{state.ToLowerInvariant()}";

    /// <summary>A ledger linking Nijkerk's referrals to their zaken; with <paramref name="statuses"/>, also setting their states there.</summary>
    protected IsolatedLedger Ledger(params string[] statuses) => new(App, Settings(statuses));

    /// <summary>The settings that link Nijkerk's referrals to their zaken at the stand-in, and set these states there.</summary>
    protected Dictionary<string, string> Settings(params string[] statuses) => new(
        statuses.Select(state => KeyValuePair.Create($"Zgw:Municipalities:nijkerk:StatusTypes:{state}", StatusType(state))))
    {
        ["Ledger:PublicBaseUrl"] = PublicBaseUrl,
        ["Zgw:Municipalities:nijkerk:ZakenApi"] = Api.Root,
        ["Zgw:Municipalities:nijkerk:ClientId"] = StandInZakenApi.ClientId,
        ["Zgw:Municipalities:nijkerk:Secret"] = StandInZakenApi.Secret,
        ["Zgw:Municipalities:nijkerk:Rsin"] = StandInZakenApi.Rsin,
        ["Zgw:Municipalities:nijkerk:NotificationsAuth"] = NotificationsAuth,
        ["Zgw:RetryDelay"] = "00:00:00.100",
        ["Zgw:Redeliveries:0"] = "00:00:01",
        ["Zgw:Redeliveries:1"] = "00:00:01",
        ["Zgw:Redeliveries:2"] = "00:00:01",
    };

    protected async Task<string> LinkedAsync(HttpClient consulent, string caseReference)
    {
        var id = await consulent.RequestedReferral(Steps.HoudMeVast(caseReference));
        try
        {
            await Eventually.Holds(async () => (await consulent.GetJson($"/api/referrals/{id}"))["caseLink"]?.GetValue<string>() is not null,
                "the referral's zaak was looked up");
        }
        catch (Xunit.Sdk.FailException e)
        {
            throw new TimeoutException($"{e.Message}\nCalls: {string.Join("; ", Api.Calls)}\nPrism: {string.Join("\n", Contract.Output)}", e);
        }
        return id;
    }
}
