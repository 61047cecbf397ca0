using System.Security.Cryptography.X509Certificates;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>Settings under <c>DataProtection:Certificate</c>: the certificate that encrypts the key ring at rest.</summary>
public sealed class KeyRingCertificateSettings
{
    /// <summary>A PKCS#12 file (.pfx) holding the certificate and its private key.</summary>
    public string? Path { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// The certificate, or none in Development without one. Outside Development the key ring behind cookies
    /// and forms is encrypted at rest, so that reading the database is not enough to forge a session: no
    /// certificate, no start.
    /// </summary>
    public X509Certificate2? Load(IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            return environment.IsDevelopment() ? null : throw new InvalidOperationException(
                "Outside Development the Data Protection key ring is encrypted at rest: set DataProtection:Certificate:Path to a PKCS#12 file "
                + $"with the certificate and its private key, and DataProtection:Certificate:Password (environment {environment.EnvironmentName}).");
        }
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"DataProtection:Certificate:Path names no file: {Path}");
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(Path, Password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException($"DataProtection:Certificate cannot be read (a wrong password?): {e.Message}", e);
        }
        return certificate.HasPrivateKey ? certificate : throw new InvalidOperationException(
            "DataProtection:Certificate holds no private key: without it the key ring cannot be read back.");
    }
}
