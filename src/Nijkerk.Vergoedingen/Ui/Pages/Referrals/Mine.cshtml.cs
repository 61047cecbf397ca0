using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Quotas;

namespace Nijkerk.Vergoedingen.Ui.Pages.Referrals;

[Authorize(Policy = Policies.Consulent)]
public sealed class MineModel : LedgerPage
{
    public sealed record Row(Referral Referral, int? Position);

    public IReadOnlyList<Row> Referrals { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var mine = await Query.Query<ReferralView>().Where(r => r.RequestedBy == UserName)
            .OrderByDescending(r => r.RequestedAtUnixMs).Take(200).ToListAsync(HttpContext.RequestAborted);
        var positions = await WaitingLine.PositionsAsync(Query, mine, HttpContext.RequestAborted);
        Referrals = [.. mine.Select(r => new Row(r, positions(r)))];
    }
}
