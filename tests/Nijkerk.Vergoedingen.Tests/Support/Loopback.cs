using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>A test host on a real socket of this machine.</summary>
public static class Loopback
{
    /// <summary>A port nobody listens on now, for a host whose address must be known before it starts.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>
    /// Starts the host on Kestrel at a free port of 127.0.0.1 and returns its address. (The factory's own
    /// port 0 falls back to the default, localhost:5000, which another host may hold.)
    /// </summary>
    public static string Serve(WebApplicationFactory<Program> host)
    {
        var port = FreePort();
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        host.StartServer();
        return $"http://127.0.0.1:{port}";
    }

    /// <summary>A certificate for https://127.0.0.1, made here and valid for a day.</summary>
    public static X509Certificate2 Certificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }
}
