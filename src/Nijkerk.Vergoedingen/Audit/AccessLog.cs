using System.Security.Claims;
using Marten;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Nijkerk.Vergoedingen.Http;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary>
/// One look at personal data: who (and in which roles) read which referral, trail or payment file, when. Kept as long as
/// the financial records and never changed: records are only ever inserted (AVG art. 15 and the
/// municipality's own audit: who looked at whose case).
/// </summary>
public sealed record AccessRecord(
    string Id, Instant At, long AtUnixMs, string User, string Role, string Action, string Subject, string? CaseReference);

public static class AccessActions
{
    public const string Referral = "referral";
    public const string ReferralTrail = "referral-trail";
    public const string YearTrail = "year-trail";
    public const string CaseExport = "case-export";

    /// <summary>A payment batch's SEPA file: the households' names and accounts, one record per case in it.</summary>
    public const string PaymentFile = "payment-file";

    /// <summary>An erasure of a case as the privacy officer's screen lists it: which case, who asked, where it stands.</summary>
    public const string Erasure = "erasure";
}

public static class AccessLog
{
    /// <summary>Writes the record in a session of its own: a read changes nothing else, and the record stands even when the answer is lost.</summary>
    public static Task RecordAsync(
        IDocumentStore store, ClaimsPrincipal user, string action, string subject, string? caseReference, Instant at, CancellationToken cancellation) =>
        RecordForCasesAsync(store, user, action, subject, [caseReference], at, cancellation);

    /// <summary>
    /// One read that shows several cases at once (a payment file): a record per case, so a controller asking about one
    /// case finds it; a read of no case at all is still one record.
    /// </summary>
    public static async Task RecordForCasesAsync(
        IDocumentStore store, ClaimsPrincipal user, string action, string subject, IEnumerable<string?> caseReferences, Instant at, CancellationToken cancellation)
    {
        var tenant = user.FindFirst(TokenClaims.Tenant)!.Value;
        var who = user.FindFirst(TokenClaims.User)!.Value;
        var roles = string.Join(",", Roles.Known.Where(user.IsInRole));
        var cases = caseReferences.Distinct().DefaultIfEmpty().ToList();
        await using var session = store.LightweightSession(tenant);
        foreach (var caseReference in cases)
        {
            session.Insert(new AccessRecord(Guid.CreateVersion7().ToString(), at, at.ToUnixTimeMilliseconds(), who, roles, action, subject, caseReference));
        }
        await session.SaveChangesAsync(cancellation);
    }
}
