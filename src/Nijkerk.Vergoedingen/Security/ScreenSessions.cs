using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Security;

/// <summary>Settings under <c>Auth:Session</c>: how long a screen session lasts, and how often the provider is asked again.</summary>
public sealed class ScreenSessionSettings
{
    /// <summary>Idle time after which the cookie lapses; each request within it extends it.</summary>
    public TimeSpan Sliding { get; set; } = TimeSpan.FromHours(8);

    /// <summary>From sign-in, however busy the session: then the user signs in again.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>How often a session signed in at the identity provider has its user, roles and municipality read there again.</summary>
    public TimeSpan Recheck { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// A screen session holds the roles it was signed in with, so it is bounded twice: it ends a fixed time
/// after sign-in, however busy (a sliding cookie alone lives as long as someone keeps clicking), and every
/// <see cref="ScreenSessionSettings.Recheck"/> the identity provider is asked again (<see cref="ProviderRecheck"/>): a
/// user it no longer knows, or who moved to another municipality or lost every ledger role, is signed out;
/// changed roles take effect. Time is the ledger's clock.
/// </summary>
public sealed class ScreenSessionEvents(ScreenSessionSettings settings, AuthSettings auth, IClock clock, ProviderRecheck recheck) : CookieAuthenticationEvents
{
    public const string SignedInAt = "ledger.signed-in-at";
    public const string CheckedAt = "ledger.checked-at";

    public override Task SigningIn(CookieSigningInContext context)
    {
        var now = InstantPattern.General.Format(clock.GetCurrentInstant());
        context.Properties.Items[SignedInAt] = now;
        context.Properties.Items[CheckedAt] = now;
        return Task.CompletedTask;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = clock.GetCurrentInstant();
        // A cookie without the moment of its sign-in was issued before sessions were bounded: sign in again.
        if (Read(context.Properties, SignedInAt) is not { } signedIn || now - signedIn >= Duration.FromTimeSpan(settings.AbsoluteLifetime))
        {
            await EndAsync(context);
            return;
        }
        // The demo users of Development have no provider to ask.
        if (!auth.ScreensSignInConfigured || Read(context.Properties, CheckedAt) is { } checkedAt && now - checkedAt < Duration.FromTimeSpan(settings.Recheck))
        {
            return;
        }
        var answer = await recheck.AskAsync(context.Principal!, context.Properties, context.HttpContext.RequestAborted);
        switch (answer.Verdict)
        {
            case RecheckVerdict.Unreachable:
                // The provider said nothing about the user: the session goes on, and the next request asks again.
                return;
            case RecheckVerdict.Vouches:
                context.ReplacePrincipal(answer.Principal!);
                context.Properties.StoreTokens(answer.Tokens ?? []);
                context.Properties.Items[CheckedAt] = InstantPattern.General.Format(now);
                context.ShouldRenew = true;
                return;
            default:
                await EndAsync(context);
                return;
        }
    }

    private static async Task EndAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static Instant? Read(AuthenticationProperties properties, string key) =>
        properties.Items.TryGetValue(key, out var text) && InstantPattern.General.Parse(text ?? "") is { Success: true } parsed ? parsed.Value : null;
}
