using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// A stored key's secret encrypted as the framework encrypts a new key's: each element marked
/// <c>requiresEncryption</c> becomes an <c>encryptedSecret</c> naming its decryptor, which the framework
/// decrypts when it reads the ring.
/// </summary>
public static class KeyRingEncryption
{
    private static readonly XNamespace DataProtection = XNamespace.Get("http://schemas.asp.net/2015/03/dataProtection");
    private static readonly XName RequiresEncryption = DataProtection.GetName("requiresEncryption");
    private static readonly XName EncryptedSecret = DataProtection.GetName("encryptedSecret");

    public static bool IsPlain(string xml) => XElement.Parse(xml).DescendantsAndSelf().Any(NeedsEncryption);

    public static XElement Encrypt(XElement key, IXmlEncryptor encryptor)
    {
        var copy = new XElement(key);
        while (copy.DescendantsAndSelf().FirstOrDefault(NeedsEncryption) is { } secret)
        {
            var encrypted = encryptor.Encrypt(new XDocument(new XElement(secret)).Root!);
            secret.ReplaceWith(new XElement(EncryptedSecret,
                new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!), encrypted.EncryptedElement));
        }
        return copy;
    }

    private static bool NeedsEncryption(XElement element) => (bool?)element.Attribute(RequiresEncryption) == true;
}
