using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Foundation;

/// <summary>
/// The foundation's webhooks are signed as Standard Webhooks (standardwebhooks.com) prescribes: an
/// HMAC-SHA256, with the municipality's secret, over <c>{webhook-id}.{webhook-timestamp}.{raw body}</c>,
/// sent as <c>v1,{base64}</c> in <c>webhook-signature</c> (several, space-separated, while a secret is
/// rotated). A request signed more than five minutes from the ledger's clock is refused, so a captured
/// one is soon worthless; within that window the id, recorded when accepted, stops a replay.
/// </summary>
/// <remarks>
/// The StandardWebhooks package verifies against the machine's clock and a decoded string; the window
/// here must follow the injected <see cref="IClock"/>, and the signature the exact bytes received.
/// </remarks>
public static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    public const string SecretPrefix = "whsec_";
    public const int MinKeyBytes = 24;
    public const int MaxIdLength = 100;

    public static readonly Duration Tolerance = Duration.FromMinutes(5);

    // The last second NodaTime can hold; a larger timestamp is no time at all.
    private const long MaxUnixSeconds = 253_402_300_799;

    /// <summary>The HMAC key a secret stands for (the base64 after <c>whsec_</c>), or null when it is not one.</summary>
    public static byte[]? KeyOf(string secret)
    {
        var text = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        var key = new byte[text.Length];
        return Convert.TryFromBase64String(text, key, out var length) && length >= MinKeyBytes ? key[..length] : null;
    }

    /// <summary>Null when the request carries a signature by this key made within the window; else why it is refused.</summary>
    public static Refusal? Verify(byte[] key, string? id, string? timestamp, string? signatures, ReadOnlySpan<byte> body, Instant now)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || id.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatures))
        {
            return Unsigned($"Sign the request: {IdHeader} (1 to {MaxIdLength} characters), {TimestampHeader} and {SignatureHeader} are required.");
        }
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxUnixSeconds)
        {
            return Unsigned($"{TimestampHeader} must be the time of signing in unix seconds.");
        }
        var signedAt = Instant.FromUnixTimeSeconds(seconds);
        if (signedAt < now - Tolerance || signedAt > now + Tolerance)
        {
            return Unsigned($"{TimestampHeader} is more than {Tolerance.TotalMinutes} minutes from now; sign the request again.");
        }
        var expected = Compute(key, id, timestamp, body);
        Span<byte> given = stackalloc byte[expected.Length];
        foreach (var signature in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (signature.StartsWith("v1,", StringComparison.Ordinal)
                && Convert.TryFromBase64String(signature[3..], given, out var length) && length == expected.Length
                && CryptographicOperations.FixedTimeEquals(expected, given))
            {
                return null;
            }
        }
        return NoMatch;
    }

    /// <summary>Said alike for a wrong signature and for a municipality without a secret, so neither tells the other apart.</summary>
    public static Refusal NoMatch => Unsigned($"{SignatureHeader} does not match this request and this municipality's secret.");

    private static byte[] Compute(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes($"{id}.{timestamp}."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static Refusal Unsigned(string detail) => new(ProblemCodes.Unauthorized, detail);
}
