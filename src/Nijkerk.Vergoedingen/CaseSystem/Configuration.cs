using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Infrastructure;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Wolverine;
using Wolverine.Configuration;
using Wolverine.ErrorHandling;
using Wolverine.Marten;
using Wolverine.Runtime.Handlers;

namespace Nijkerk.Vergoedingen.CaseSystem;

public static class Configuration
{
    /// <summary>
    /// The link with each municipality's zaaksysteem, off where <c>Zgw:Municipalities:{slug}:ZakenApi</c> is not
    /// set. Outside Development a Zaken API must be https and its secret at least 32 characters, or the app
    /// does not start.
    /// </summary>
    public static WebApplicationBuilder AddCaseSystem(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var publicBaseUrl = builder.Configuration["Ledger:PublicBaseUrl"];
        builder.Services.AddOptions<CaseSystemSettings>().Bind(builder.Configuration.GetSection("Zgw"))
            .Validate(settings => settings.Municipalities.Keys.All(slug => settings.For(slug) is not { } m || Problem(m, development, publicBaseUrl) is null),
                "Every Zgw:Municipalities:{slug} with a ZakenApi needs an absolute ZakenApi ending in /zaken/api/v1/ (https outside Development), " +
                "a ClientId, a Secret (at least 32 characters outside Development), an Rsin, StatusTypes only of referral states and absolute URLs, " +
                "and Ledger:PublicBaseUrl.")
            .ValidateOnStart();
        builder.Services.AddSingleton<CaseSystemClient>();
        // The relay reads the event log only where a zaak is to show its referral's states: nowhere else does it cost a query.
        if (builder.Configuration.GetSection("Zgw:Municipalities").GetChildren().Any(m => m["ZakenApi"] is { Length: > 0 } && m.GetSection("StatusTypes").GetChildren().Any()))
        {
            builder.Services.SubscribeToEventsWithServices<CaseStatusRelay>(ServiceLifetime.Singleton);
        }
        builder.Services.AddSingleton<IWolverineExtension, CaseSystemRetries>();
        builder.Services.AddHttpClient(CaseSystemClient.Name).AddStandardResilienceHandler().Configure((resilience, services) =>
        {
            var settings = services.GetRequiredService<IOptions<CaseSystemSettings>>().Value;
            PartnerResilience.Configure(resilience, settings.AttemptTimeout, settings.Retries, settings.RetryDelay);
            // A zaakobject made but its answer lost would be made twice by a blind retry: the handler looks before it posts again.
            resilience.Retry.DisableForUnsafeHttpMethods();
        });
        return builder;
    }

    /// <summary>What is wrong with a municipality's settings, or nothing.</summary>
    public static string? Problem(CaseSystemMunicipality m, bool development, string? publicBaseUrl)
    {
        if (!Uri.TryCreate(m.ZakenApi, UriKind.Absolute, out var api) || !api.AbsolutePath.TrimEnd('/').EndsWith("/zaken/api/v1", StringComparison.Ordinal))
        {
            return "ZakenApi";
        }
        if (!development && api.Scheme != Uri.UriSchemeHttps)
        {
            return "ZakenApi";
        }
        if (string.IsNullOrEmpty(m.Secret) || (!development && m.Secret.Length < 32))
        {
            return "Secret";
        }
        if (string.IsNullOrEmpty(m.ClientId) || string.IsNullOrEmpty(m.Rsin))
        {
            return string.IsNullOrEmpty(m.ClientId) ? "ClientId" : "Rsin";
        }
        // A state misspelt would never have its status set, and nobody would know why.
        if (m.StatusTypes.Any(t => !Enum.TryParse<Referrals.ReferralStatus>(t.Key, ignoreCase: true, out _) || !Uri.TryCreate(t.Value, UriKind.Absolute, out _)))
        {
            return "StatusTypes";
        }
        return Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out _) ? null : "Ledger:PublicBaseUrl";
    }
}

/// <summary>
/// A Zaken API that fails after the client's own retries: the link, the statuses or the read of a changed zaak are tried again after
/// <see cref="CaseSystemSettings.RedeliveryDelays"/>, then dead-lettered. Read when the runtime starts.
/// </summary>
internal sealed class CaseSystemRetries(IOptions<CaseSystemSettings> settings) : IWolverineExtension
{
    public void Configure(WolverineOptions options) => options.Policies.Add(new Policy(settings.Value));

    private sealed class Policy(CaseSystemSettings settings) : IHandlerPolicy
    {
        public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
        {
            foreach (var chain in chains.Where(c => c.MessageType == typeof(LinkCase) || c.MessageType == typeof(CheckCaseEnded) || c.MessageType == typeof(SetCaseStatuses)))
            {
                chain.OnException<HttpRequestException>().Or<BrokenCircuitException>().Or<TimeoutRejectedException>().Or<TaskCanceledException>()
                    .ScheduleRetry(settings.RedeliveryDelays).Then.MoveToErrorQueue();
            }
        }
    }
}
