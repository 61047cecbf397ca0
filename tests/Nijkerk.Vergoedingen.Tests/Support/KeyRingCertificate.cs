using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// The certificate a host outside Development encrypts its Data Protection key ring with: made once per
/// test run, as a PKCS#12 file with a password, the way a municipality configures its own.
/// </summary>
public static class KeyRingCertificate
{
    public const string Password = "key-ring-test-password";

    private static readonly Lazy<string> File = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Nijkerk.Vergoedingen key ring (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"ledger-keyring-{Environment.ProcessId}.pfx");
        System.IO.File.WriteAllBytes(path, made.Export(X509ContentType.Pkcs12, Password));
        return path;
    });

    /// <summary>The settings that name it, as configuration keys.</summary>
    public static IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["DataProtection:Certificate:Path"] = File.Value,
        ["DataProtection:Certificate:Password"] = Password,
    };
}
