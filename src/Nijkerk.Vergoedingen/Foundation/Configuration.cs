using Marten;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Wolverine;
using Wolverine.Configuration;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;
using JasperFx.CodeGeneration;
using JasperFx;

namespace Nijkerk.Vergoedingen.Foundation;

public static class Configuration
{
    public static void ConfigureFoundation(this StoreOptions options)
    {
        options.Events.MapEventType<FoundationNotified>("foundation_notified");
        options.Events.MapEventType<FoundationNotificationFailed>("foundation_notification_failed");
        options.Events.MapEventType<FoundationNotificationRequested>("foundation_notification_requested");
        options.Events.MapEventType<PlacementConfirmed>("placement_confirmed");

        options.Schema.For<AcceptedWebhook>();
    }

    /// <summary>
    /// The foundation's client: per attempt a timeout, then retries with jittered exponential backoff, a
    /// circuit breaker that stops calling a foundation that keeps failing, and a total timeout.
    /// </summary>
    public static WebApplicationBuilder AddFoundation(this WebApplicationBuilder builder)
    {
        // A secret that is not one would leave a municipality without its webhook, silently: refuse to start.
        builder.Services.AddOptions<FoundationSettings>().Bind(builder.Configuration.GetSection("HoudMeVast"))
            .Validate(settings => settings.Municipalities.Values.All(m => string.IsNullOrEmpty(m.WebhookSecret) || WebhookSignature.KeyOf(m.WebhookSecret) is not null),
                $"Every HoudMeVast:Municipalities:{{slug}}:WebhookSecret is empty or {WebhookSignature.SecretPrefix} and the base64 of at least {WebhookSignature.MinKeyBytes} bytes.")
            .ValidateOnStart();
        builder.Services.AddSingleton<FoundationClient>();
        builder.Services.AddSingleton<IWolverineExtension, FoundationRetries>();
        builder.Services.AddHttpClient(FoundationClient.Name).AddStandardResilienceHandler().Configure((resilience, services) =>
        {
            var settings = services.GetRequiredService<IOptions<FoundationSettings>>().Value;
            resilience.AttemptTimeout.Timeout = settings.AttemptTimeout;
            resilience.Retry.MaxRetryAttempts = settings.Retries;
            resilience.Retry.Delay = settings.RetryDelay;
            resilience.Retry.BackoffType = DelayBackoffType.Exponential;
            resilience.Retry.UseJitter = true;
            resilience.CircuitBreaker.BreakDuration = settings.BreakDuration;
            resilience.CircuitBreaker.MinimumThroughput = settings.CircuitMinimumThroughput;
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, settings.AttemptTimeout.Ticks * 3));
            resilience.TotalRequestTimeout.Timeout = settings.AttemptTimeout * (settings.Retries + 2) + settings.RetryDelay * (1 << Math.Min(settings.Retries, 10));
        });
        return builder;
    }

    internal sealed class FoundationRetryPolicy(TimeSpan[] delays) : IHandlerPolicy
    {
        public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
        {
            foreach (var chain in chains.Where(c => c.MessageType == typeof(NotifyFoundation)))
            {
                chain.OnException<HttpRequestException>()
                    .Or<BrokenCircuitException>()
                    .Or<TimeoutRejectedException>()
                    .Or<TaskCanceledException>()
                    .ScheduleRetry(delays)
                    .Then.MoveToErrorQueue()
                    .And(async (runtime, lifecycle, exception) =>
                    {
                        if (lifecycle.Envelope?.Message is NotifyFoundation message)
                        {
                            var bus = new Wolverine.Runtime.MessageContext(runtime) { TenantId = lifecycle.Envelope.TenantId };
                            await bus.PublishAsync(new RecordNotificationFailure(message.ReferralId, $"{exception.GetType().Name}: {exception.Message}"));
                            await bus.FlushOutgoingMessagesAsync();
                        }
                    }, "Mark the referral as not notified");
            }
        }
    }
}

/// <summary>
/// When every call of an attempt failed, Wolverine tries the message again later; after the last try
/// it goes to the dead-letter storage and the referral is marked as not notified. Applied when the
/// runtime starts, so it reads the settings as the host was finally configured.
/// </summary>
internal sealed class FoundationRetries(IOptions<FoundationSettings> settings) : IWolverineExtension
{
    public void Configure(WolverineOptions options) => options.Policies.Add(new Configuration.FoundationRetryPolicy(settings.Value.RedeliveryDelays));
}
