using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Years;

namespace Nijkerk.Vergoedingen.Ui.Pages.Years;

/// <summary>
/// Closing a year: what the year-close decision would say now, asked of the decision itself over what the
/// ledger holds; the close and the seal, as the API sends them; and the seal once it is there. Controllers
/// see the same, and go on to verify the seal; only a financial officer closes.
/// </summary>
[Authorize(Policy = Policies.Reports)]
public sealed class CloseModel(MunicipalityDirectory municipalities) : LedgerPage
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years => [.. Enumerable.Range(CurrentYear - 3, 4).Reverse()];

    public QuotaYear? Quota { get; private set; }

    public YearClosingState State { get; private set; } = null!;

    /// <summary>Why the decision would refuse the close now, in Dutch; nothing when it would close.</summary>
    public string? Blocker { get; private set; }

    /// <summary>What the close would move to the next year: referrals of Houd Me Vast, and euros committed.</summary>
    public (int Referrals, decimal Committed) Carried { get; private set; }

    /// <summary>The refusal of a close asked for just now.</summary>
    public string? Problem { get; private set; }

    public int OpenReservations => State.Open.Count(r => r.Scheme == Scheme.HoudMeVast && r.Status is ReferralStatus.Reserved or ReferralStatus.Scheduled);

    public decimal OpenCommitments => State.Open.Where(r => r.Scheme == Scheme.BijzondereBijstand).Sum(r => r.Committed);

    public async Task OnGetAsync(string? jaar) => await LoadAsync(Read(jaar) ?? CurrentYear - 1);

    /// <summary>The two commands of <c>POST /api/years/{year}/close</c>: close, then seal what was closed.</summary>
    public async Task<IActionResult> OnPostAsync(string? jaar)
    {
        if (!Is(Roles.FinancialOfficer))
        {
            return Forbid();
        }
        if (Read(jaar) is not { } year)
        {
            Problem = "Kies een jaar.";
            await LoadAsync(CurrentYear - 1);
            return Page();
        }
        var actor = ActorAs(Roles.FinancialOfficer);
        if ((await SendAsync(new CloseYear(year, actor))).Refusal is { } refusal)
        {
            Problem = $"{year} is niet afgesloten. {DutchMessages.YearClose(refusal, year, YearClosing.NotOver(year, Now) is not null)}";
        }
        else if ((await SendAsync(new SealYear(year, actor))).Refusal is not null)
        {
            // Closed and not sealed: asked again, the close is done already and the seal follows.
            Problem = $"{year} is afgesloten, maar nog niet verzegeld; sluit het jaar opnieuw af om het te verzegelen.";
        }
        else
        {
            Notice = $"{year} is afgesloten en verzegeld.";
            return RedirectToPage(new { jaar = year });
        }
        await LoadAsync(year);
        return Page();
    }

    /// <summary>A year as the API reads it from its path; any other text is no year.</summary>
    private static int? Read(string? jaar)
    {
        var check = new Validation();
        var year = check.AnyYear("year", jaar);
        return check.IsValid ? year : null;
    }

    private async Task LoadAsync(int year)
    {
        var cancellation = HttpContext.RequestAborted;
        Year = year;
        Quota = await Query.LoadAsync<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, year), cancellation);
        State = await YearClosingState.ReadAsync(Query, year, Quota,
            await Query.LoadAsync<QuotaYear>(QuotaYear.StreamKey(Scheme.HoudMeVast, year + 1), cancellation),
            await Query.LoadAsync<BudgetYear>(BudgetYear.StreamKey(Scheme.BijzondereBijstand, year), cancellation),
            await Query.LoadAsync<BudgetYear>(BudgetYear.StreamKey(Scheme.BijzondereBijstand, year + 1), cancellation),
            cancellation);
        if (Quota?.Closed == true)
        {
            return;
        }
        var capacity = (await municipalities.TermsOfAsync(Tenant, cancellation)).DefaultCapacity;
        // Asked only, never appended: whoever looks is named as the one closing.
        var decision = YearClosing.Decide(State, capacity, ActorAs(Roles.FinancialOfficer, Roles.Controller), Now);
        if (decision.Refusal is { } refusal)
        {
            Blocker = DutchMessages.YearClose(refusal, year, YearClosing.NotOver(year, Now) is not null);
            return;
        }
        var carried = decision.Changes.Select(c => c.Event).OfType<ReferralCarriedOver>().Where(c => c.FromYear == year)
            .DistinctBy(c => (c.ReferralId, c.Scheme)).ToList();
        Carried = (carried.Count(c => c.Scheme == Scheme.HoudMeVast), carried.Where(c => c.Scheme == Scheme.BijzondereBijstand).Sum(c => c.Amount));
    }
}
