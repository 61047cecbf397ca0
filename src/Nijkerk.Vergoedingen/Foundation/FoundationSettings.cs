namespace Nijkerk.Vergoedingen.Foundation;

/// <summary>Settings under <c>HoudMeVast</c>: where and how the ledger tells the foundation of a reserved slot.</summary>
public sealed class FoundationSettings
{
    /// <summary>The foundation's intake URL. Without it nothing is sent and notifications stay pending.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Sent as <c>X-Api-Key</c> when the foundation gave one.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Per municipality slug (<c>HoudMeVast:Municipalities:{slug}</c>), what the foundation needs to act
    /// for it. A municipality missing here, or without a secret, accepts no webhook.
    /// </summary>
    public Dictionary<string, FoundationMunicipality> Municipalities { get; set; } = [];

    /// <summary>The key that signs the webhooks of this municipality, if it has one.</summary>
    public byte[]? WebhookKeyOf(string municipality) =>
        Municipalities.GetValueOrDefault(municipality)?.WebhookSecret is { Length: > 0 } secret ? WebhookSignature.KeyOf(secret) : null;

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int Retries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public int CircuitMinimumThroughput { get; set; } = 4;

    /// <summary>
    /// How long the notifications wait for a foundation that is down before the long redeliveries take
    /// over: until then every failure pauses the notification queue for <see cref="BreakDuration"/>, so
    /// the waiting messages go out when the circuit lets a call through again, not at the next redelivery.
    /// </summary>
    public TimeSpan OutagePatience { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many pauses of <see cref="BreakDuration"/> make up <see cref="OutagePatience"/>.</summary>
    public int Pauses => BreakDuration <= TimeSpan.Zero ? 0 : (int)Math.Ceiling(OutagePatience / BreakDuration);

    /// <summary>
    /// When the calls of one attempt are all spent, Wolverine tries again after these delays (by default
    /// 1, 5 and 30 minutes); then it dead-letters. Empty here because configuration adds to a list.
    /// </summary>
    public TimeSpan[] Redeliveries { get; set; } = [];

    public TimeSpan[] RedeliveryDelays =>
        Redeliveries.Length > 0 ? Redeliveries : [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>
    /// An absolute https address, or in Development any absolute http(s) one. Plain http to loopback is allowed
    /// everywhere: nothing leaves the machine, and the fault drill (ops/drill, ops/cluster) runs Production nodes
    /// against a stand-in foundation on 127.0.0.1.
    /// </summary>
    public bool EndpointIsSafe(bool development) =>
        Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint)
        && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && (development || endpoint.IsLoopback)));
}

/// <summary>One municipality's arrangement with the foundation.</summary>
public sealed class FoundationMunicipality
{
    /// <summary>
    /// The secret of this municipality's webhook, shared with the foundation alone: <c>whsec_</c> and the
    /// base64 of at least 24 random bytes, as Standard Webhooks writes it.
    /// </summary>
    public string? WebhookSecret { get; set; }
}
