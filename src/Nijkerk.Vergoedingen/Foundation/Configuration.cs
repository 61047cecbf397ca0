using System.Net;
using JasperFx;
using JasperFx.CodeGeneration;
using Marten;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Infrastructure;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Wolverine;
using Wolverine.Configuration;
using Wolverine.ErrorHandling;
using Wolverine.Runtime;
using Wolverine.Runtime.Handlers;

namespace Nijkerk.Vergoedingen.Foundation;

public static class Configuration
{
    /// <summary>
    /// The foundation's client: per attempt a timeout, then retries with jittered exponential backoff, a
    /// circuit breaker that stops calling a foundation that keeps failing, and a total timeout.
    /// </summary>
    public static WebApplicationBuilder AddFoundation(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        // A secret that is not one would leave a municipality without its webhook, silently: refuse to start.
        builder.Services.AddOptions<FoundationSettings>().Bind(builder.Configuration.GetSection("HoudMeVast"))
            .Validate(settings => settings.Municipalities.Values.All(m => string.IsNullOrEmpty(m.WebhookSecret) || WebhookSignature.KeyOf(m.WebhookSecret) is not null),
                $"Every HoudMeVast:Municipalities:{{slug}}:WebhookSecret is empty or {WebhookSignature.SecretPrefix} and the base64 of at least {WebhookSignature.MinKeyBytes} bytes.")
            .Validate(settings => !settings.Enabled || settings.EndpointIsSafe(development),
                "HoudMeVast:Endpoint must be an absolute https URL outside Development (plain http only to this machine: 127.0.0.1, ::1 or localhost); " +
                "the notification carries a case reference and the API key.")
            .ValidateOnStart();
        builder.Services.AddSingleton<FoundationClient>();
        builder.Services.ConfigureMarten(options => options.Schema.For<AcceptedWebhook>());
        builder.Services.AddSingleton<IWolverineExtension, FoundationRetries>();
        // A redirect is not followed: X-Api-Key, unlike Authorization, would go along to whatever host the answer names.
        builder.Services.AddHttpClient(FoundationClient.Name)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddStandardResilienceHandler().Configure((resilience, services) =>
        {
            var settings = services.GetRequiredService<IOptions<FoundationSettings>>().Value;
            PartnerResilience.Configure(resilience, settings.AttemptTimeout, settings.Retries, settings.RetryDelay);
            resilience.CircuitBreaker.BreakDuration = settings.BreakDuration;
            resilience.CircuitBreaker.MinimumThroughput = settings.CircuitMinimumThroughput;
        });
        return builder;
    }

    /// <summary>
    /// A foundation that is down (no answer, 5xx, 408, 429, a timeout, an open circuit) pauses the
    /// notification queue for the circuit's break, so the messages wait in PostgreSQL and go out as soon
    /// as the circuit half-opens; after <see cref="FoundationSettings.OutagePatience"/> the long
    /// redeliveries take over, then the dead letters. A refusal of one notification (another 4xx) does not
    /// stop the others: it is redelivered on its own, then dead-lettered. A dead letter marks the referral
    /// as not notified.
    /// </summary>
    internal sealed class FoundationRetryPolicy(FoundationSettings settings) : IHandlerPolicy
    {
        public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
        {
            foreach (var chain in chains.Where(c => c.MessageType == typeof(NotifyFoundation)))
            {
                IFailureActions down = chain.OnException(IsDown);
                for (var pause = 0; pause < settings.Pauses; pause++)
                {
                    down = down.PauseThenRequeue(settings.BreakDuration).Then;
                }
                down.ScheduleRetry(settings.RedeliveryDelays).Then
                    .CustomActionIndefinitely(DeadLetterAsync, "Dead-letter and mark the referral as not notified");
                chain.OnException<HttpRequestException>().ScheduleRetry(settings.RedeliveryDelays).Then
                    .CustomActionIndefinitely(DeadLetterAsync, "Dead-letter and mark the referral as not notified");
            }
        }

        public static bool IsDown(Exception exception) => exception switch
        {
            BrokenCircuitException or TimeoutRejectedException or TaskCanceledException => true,
            HttpRequestException { StatusCode: null } => true,
            HttpRequestException { StatusCode: var status } => (int)status! >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
            _ => false,
        };

        /// <summary>
        /// What went wrong, as a category: an exception's message may quote the answer or the request, and
        /// the event that records the failure is kept forever.
        /// </summary>
        public static string FailureOf(Exception exception) => PartnerResilience.FailureOf(exception);

        private static async ValueTask DeadLetterAsync(IWolverineRuntime runtime, IEnvelopeLifecycle lifecycle, Exception exception)
        {
            await lifecycle.MoveToDeadLetterQueueAsync(exception);
            if (lifecycle.Envelope?.Message is NotifyFoundation message)
            {
                var bus = new Wolverine.Runtime.MessageContext(runtime) { TenantId = lifecycle.Envelope.TenantId };
                await bus.PublishAsync(new RecordNotificationFailure(message.ReferralId, FailureOf(exception)));
                await bus.FlushOutgoingMessagesAsync();
            }
        }
    }
}

/// <summary>
/// The notifications' queue and failure rules (<see cref="Configuration.FoundationRetryPolicy"/>), applied
/// when the runtime starts, so they read the settings as the host was finally configured.
/// </summary>
internal sealed class FoundationRetries(IOptions<FoundationSettings> settings) : IWolverineExtension
{
    public void Configure(WolverineOptions options)
    {
        options.Policies.Add(new Configuration.FoundationRetryPolicy(settings.Value));
        // One at a time: after a pause the first call is the half-open circuit's trial, and the others
        // follow once it closed, instead of failing fast beside the trial and pausing for another break.
        options.LocalQueueFor<NotifyFoundation>().Sequential();
    }
}
