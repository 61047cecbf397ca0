using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>One Data Protection key as the framework wrote it (XML), kept in PostgreSQL for every node.</summary>
public sealed record DataProtectionKey(string Id, string Xml);

/// <summary>
/// The key ring behind cookies and anti-forgery tokens lives in the ledger's database, so a restart or a
/// second node reads what the first one issued. Outside Development each key's secret is encrypted with the
/// configured certificate (<see cref="KeyRingCertificateSettings"/>), so the database alone forges nothing.
/// </summary>
public sealed class MartenKeyRepository(IDocumentStore store, IXmlEncryptor? encryptor = null) : IXmlRepository
{
    // The framework's repository contract is synchronous, Marten 9 only asynchronous. The key ring is
    // read at start and when it is due for a refresh (daily), a key written once in months.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        var keys = session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        if (encryptor is not null && keys.Where(k => KeyRingEncryption.IsPlain(k.Xml)).ToList() is { Count: > 0 } plain)
        {
            // Keys written before the ring was encrypted (or by a Development node) are encrypted where they lie.
            using var write = store.LightweightSession();
            foreach (var key in plain)
            {
                write.Store(key with { Xml = KeyRingEncryption.Encrypt(XElement.Parse(key.Xml), encryptor).ToString(SaveOptions.DisableFormatting) });
            }
            write.SaveChangesAsync().GetAwaiter().GetResult();
        }
        return [.. keys.Select(k => XElement.Parse(k.Xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}

public static class DataProtectionKeys
{
    public const string ApplicationName = "nijkerk-vergoedingen";

    public static void ConfigureDataProtectionKeys(this StoreOptions options) =>
        options.Schema.For<DataProtectionKey>().SingleTenanted();

    public static WebApplicationBuilder AddLedgerDataProtection(this WebApplicationBuilder builder)
    {
        var certificate = (builder.Configuration.GetSection("DataProtection:Certificate").Get<KeyRingCertificateSettings>() ?? new())
            .Load(builder.Environment);
        // Every node names the same application, or each would read only its own keys.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        if (certificate is not null)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }
        // Registered after the certificate's options, so the encryptor it sets is there to be read.
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new MartenKeyRepository(services.GetRequiredService<IDocumentStore>(), options.XmlEncryptor)));
        return builder;
    }
}
