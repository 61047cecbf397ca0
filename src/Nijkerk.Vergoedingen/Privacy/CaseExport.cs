using System.Security.Claims;
using Marten;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Referrals;
using NodaTime;

namespace Nijkerk.Vergoedingen.Privacy;

public sealed record HouseholdAccount(string Iban, string? Name);

public sealed record ExportedReferral(
    ReferralDetails Referral, string? Motivation, IReadOnlyList<HouseholdAccount> HouseholdAccounts, IReadOnlyList<EventEntry> Events);

/// <summary>
/// Everything the ledger holds about one case (AVG art. 15): each referral of the household as it stands,
/// the consulent's motivation, the household's bank accounts, every event, and who looked at the case.
/// </summary>
public sealed record CaseExport(
    string CaseReference, string Municipality, Instant ExportedAt, IReadOnlyList<ExportedReferral> Referrals, IReadOnlyList<AccessEntry> AccessLog)
{
    /// <summary>The case by its canonical reference; its referrals, texts and looks were stored in the capitals typed at the time.</summary>
    public static async Task<CaseExport?> LoadAsync(IQuerySession session, string caseReference, string municipality, Instant now, CancellationToken cancellation)
    {
        var referrals = await session.Query<ReferralView>().Where(r => r.CaseReference.ToUpperInvariant() == caseReference)
            .OrderBy(r => r.RequestedAtUnixMs).ToListAsync(cancellation);
        if (referrals.Count == 0)
        {
            return null;
        }
        var texts = PersonalTexts.Of(await PersonalTexts.OfCaseAsync(session, caseReference, cancellation));
        var exported = new List<ExportedReferral>();
        foreach (var referral in referrals)
        {
            var accounts = await Erasure.HouseholdAccountsAsync(session, [referral], cancellation);
            var events = await session.Events.FetchStreamAsync(referral.Id, token: cancellation);
            var motivation = texts.Read(events.Select(e => e.Data).OfType<TrainingRequested>().FirstOrDefault()?.Motivation);
            exported.Add(new ExportedReferral(ReferralDetails.From(referral, null, texts.Read(referral.Provider)), motivation,
                [.. accounts.Select(a => new HouseholdAccount(a.Iban, a.Name))], [.. events.Select(e => AuditTrail.From(e, texts))]));
        }
        var looks = await session.Query<AccessRecord>().Where(r => r.CaseReference!.ToUpperInvariant() == caseReference)
            .OrderByDescending(r => r.AtUnixMs).ToListAsync(cancellation);
        return new CaseExport(caseReference, municipality, now, exported,
            [.. looks.Select(AccessEntry.From)]);
    }

    /// <summary>The export of a case by its canonical reference, recorded in the access log; the API and the screens both read it so.</summary>
    public static async Task<CaseExport?> ReadAsync(
        IQuerySession session, ClaimsPrincipal user, string caseReference, MunicipalityDirectory municipalities, Instant now, CancellationToken cancellation)
    {
        var tenant = user.FindFirst(TokenClaims.Tenant)!.Value;
        var export = await CaseExport.LoadAsync(session, caseReference, (await municipalities.FindAsync(tenant, cancellation))?.Terms.Name ?? tenant, now, cancellation);
        if (export is not null)
        {
            await Audit.AccessLog.RecordAsync(session.DocumentStore, user, AccessActions.CaseExport, caseReference, caseReference, now, cancellation);
        }
        return export;
    }
}
