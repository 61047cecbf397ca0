using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Foundation;

public sealed record ConfirmPlacementRequest(string? PlacementReference);

public sealed record FoundationWebhook(string? ReferralId, string? Municipality, string? PlacementReference);

public sealed record ConfirmPlacement(string ReferralId, string PlacementReference, Actor Actor) : ICommand
{
    public const int MaxPlacementReference = 100;

    public static Checked<ConfirmPlacement> Create(string referralId, string? placementReference, Actor actor)
    {
        var check = new Check();
        var reference = check.Text("placementReference", placementReference, MaxPlacementReference);
        return check.Then(() => new ConfirmPlacement(referralId, reference, actor));
    }
}

/// <summary>
/// The foundation's answer: a financial officer records it (<c>POST /api/referrals/{id}/confirmation</c>),
/// or the foundation posts it itself to <c>/webhooks/houd-me-vast</c> with the shared secret.
/// </summary>
public static class ConfirmPlacementEndpoint
{
    [Answers<ReferralDetails>]
    [WolverinePost("/api/referrals/{id}/confirmation")]
    [Authorize(Policy = Policies.FinancialOfficer)]
    public static Task<IResult> Post(string id, ConfirmPlacementRequest? body, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, ConfirmPlacement.Create(id, body?.PlacementReference, user.ActorFor(Roles.FinancialOfficer)));
}

/// <summary>The foundation's own call: authenticated by the shared secret, not by a user's token.</summary>
public static class FoundationWebhookEndpoint
{
    [WolverinePost("/webhooks/houd-me-vast")]
    [AllowAnonymous]
    [NotTenanted]
    public static async Task<IResult> Webhook(
        FoundationWebhook body, HttpRequest request, IOptions<FoundationSettings> settings,
        IOptionsMonitor<Dictionary<string, TenantSettings>> tenants, IMessageBus bus)
    {
        var secret = settings.Value.WebhookSecret;
        var given = request.Headers["X-Webhook-Secret"].ToString();
        if (string.IsNullOrEmpty(secret) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret)))
        {
            return Problems.For(ProblemCodes.Unauthorized, "A valid X-Webhook-Secret is required.").ToResult();
        }
        if (body.ReferralId is null || body.Municipality is null || !tenants.CurrentValue.ContainsKey(body.Municipality))
        {
            return Problems.Validation("body", "referralId and a known municipality are required").ToResult();
        }
        return await bus.SendAsync(request.HttpContext,
            ConfirmPlacement.Create(body.ReferralId, body.PlacementReference, new Actor("stichting-houd-me-vast", "foundation", body.Municipality)));
    }
}

public static class ConfirmPlacementHandler
{
    public static Task<Answer> Handle(ConfirmPlacement command, IDocumentSession session, IClock clock, CancellationToken cancellation) =>
        ReferralWork.RunAsync(session, command.ReferralId, cancellation, work => Decide(work.Referral.Aggregate!, command, clock.GetCurrentInstant()));

    public static Decision Decide(Referral referral, ConfirmPlacement command, Instant now)
    {
        if (referral.Scheme.Kind != SchemeKind.Quota || referral.Status is not (ReferralStatus.Reserved or ReferralStatus.Scheduled or ReferralStatus.Completed))
        {
            return Refusal.InvalidTransition($"Only a referral holding a houd-me-vast slot can be placed; this one is {referral.Status}.");
        }
        if (referral.PlacementReference == command.PlacementReference)
        {
            return Decision.To();
        }
        return Decision.To(new Change(referral.Id,
            new PlacementConfirmed(referral.Id, command.PlacementReference, command.Actor.User, command.Actor.Role, now)));
    }
}
