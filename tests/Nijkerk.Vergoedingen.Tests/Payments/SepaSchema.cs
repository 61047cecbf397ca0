using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Nijkerk.Vergoedingen.Tests.Payments;

/// <summary>Validates XML against the EPC SEPA credit transfer schema (pain.001.001.09) with XmlSchemaSet.</summary>
public static class SepaSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", Path.Combine(AppContext.BaseDirectory, "Payments", "pain.001.001.09.xsd"));
        set.Compile();
        return set;
    });

    public static List<string> Errors(byte[] xml)
    {
        var errors = new List<string>();
        var document = XDocument.Load(new MemoryStream(xml));
        document.Validate(Schemas.Value, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }
}
