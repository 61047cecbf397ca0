using System.Security.Cryptography;
using System.Text;

namespace Nijkerk.Vergoedingen.Common;

/// <summary>
/// What an event keeps of a text a person typed: which document holds it, and a salted SHA-256 of it.
/// The seal covers the digest, so it vouches for the text while the text exists; once the text and its
/// salt are erased, the digest reveals nothing.
/// </summary>
public sealed record TextDigest(string Id, string Sha256);

/// <summary>
/// A text a person typed about a case — a motivation, the reason for a decision, a trainer's name — kept
/// outside the events, so that it can be erased (AVG art. 17) without touching an event, amount or seal.
/// </summary>
public sealed record PersonalText(string Id, string CaseReference, string? ReferralId, string Text, string Salt)
{
    /// <summary>What erased text reads, everywhere it was shown.</summary>
    public const string ErasedText = "[gewist]";

    public bool Erased => Text == ErasedText;

    public TextDigest Digest => new(Id, DigestOf(Salt, Text));

    /// <summary>Whether this is still the text the digest was made of; an erased text no longer is, by design.</summary>
    public bool Matches(TextDigest digest) => digest.Id == Id && CryptographicOperations.FixedTimeEquals(
        Encoding.ASCII.GetBytes(digest.Sha256), Encoding.ASCII.GetBytes(DigestOf(Salt, Text)));

    /// <summary>The text gone, and its salt with it: what is left cannot be matched against a guess.</summary>
    public PersonalText Erase() => this with { Text = ErasedText, Salt = "" };

    /// <summary>A fresh random salt, made where a command is made, so that deciding stays a pure function.</summary>
    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string DigestOf(string salt, string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + text)));
}
