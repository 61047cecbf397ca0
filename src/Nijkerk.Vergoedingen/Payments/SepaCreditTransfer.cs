using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Payments;

/// <summary>Who pays or is paid in a transfer: a name for the bank, an account, and its bank if known.</summary>
public sealed record SepaParty(string Name, string Iban, string? Bic);

/// <summary>
/// A payment batch as an ISO 20022 customer credit transfer initiation (pain.001.001.09) under the EPC
/// SEPA rules: one payment information block, one transfer per claim, the municipality as debtor.
/// </summary>
public static class SepaCreditTransfer
{
    public static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private const string DebtorFallback = "Gemeente";

    private static readonly LocalDateTimePattern Timestamp = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    public static XDocument Build(PaymentBatch batch, SepaParty debtor, IReadOnlyDictionary<string, SepaParty> creditors, Instant created)
    {
        var id = Guid.Parse(batch.Id).ToString("N");
        var count = batch.Items.Count.ToString(CultureInfo.InvariantCulture);
        var sum = Amount.Format(batch.ControlSum);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement(Ns + "Document",
            new XElement(Ns + "CstmrCdtTrfInitn",
                new XElement(Ns + "GrpHdr",
                    E("MsgId", id),
                    E("CreDtTm", Timestamp.Format(created.InZone(Amsterdam.Zone).LocalDateTime)),
                    E("NbOfTxs", count),
                    E("CtrlSum", sum),
                    new XElement(Ns + "InitgPty", E("Nm", Text(debtor.Name, 70, DebtorFallback)))),
                new XElement(Ns + "PmtInf",
                    E("PmtInfId", id),
                    E("PmtMtd", "TRF"),
                    E("NbOfTxs", count),
                    E("CtrlSum", sum),
                    new XElement(Ns + "PmtTpInf", new XElement(Ns + "SvcLvl", E("Cd", "SEPA"))),
                    new XElement(Ns + "ReqdExctnDt", E("Dt", LocalDatePattern.Iso.Format(batch.ExecutionDate))),
                    new XElement(Ns + "Dbtr", E("Nm", Text(debtor.Name, 70, DebtorFallback))),
                    Account("DbtrAcct", debtor.Iban),
                    Agent("DbtrAgt", debtor.Bic),
                    E("ChrgBr", "SLEV"),
                    batch.Items.Select(item => Transfer(item, creditors[item.ClaimId]))))));
    }

    /// <summary>UTF-8 without a byte order mark, as banks expect.</summary>
    public static byte[] ToBytes(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }

    private static XElement Transfer(BatchItem item, SepaParty creditor) => new(Ns + "CdtTrfTxInf",
        new XElement(Ns + "PmtId", E("EndToEndId", item.EndToEndId)),
        new XElement(Ns + "Amt", new XElement(Ns + "InstdAmt", new XAttribute("Ccy", "EUR"), Amount.Format(item.Amount))),
        creditor.Bic is null ? null : Agent("CdtrAgt", creditor.Bic),
        new XElement(Ns + "Cdtr", E("Nm", Text(creditor.Name, 70, $"Begunstigde zaak {item.CaseReference}"))),
        Account("CdtrAcct", creditor.Iban),
        new XElement(Ns + "RmtInf", E("Ustrd", Text($"Factuur {item.InvoiceNumber} zaak {item.CaseReference}", 140, $"Zaak {item.CaseReference}"))));

    private static XElement Account(string name, string iban) => new(Ns + name, new XElement(Ns + "Id", E("IBAN", iban)));

    private static XElement Agent(string name, string? bic) => new(Ns + name, new XElement(Ns + "FinInstnId",
        bic is null ? new XElement(Ns + "Othr", E("Id", "NOTPROVIDED")) : E("BICFI", bic)));

    private static XElement E(string name, string value) => new(Ns + name, value);

    /// <summary>
    /// Text in the EPC's SEPA character set (a-z A-Z 0-9 / - ? : ( ) . , ' + space), since banks may refuse
    /// anything else: other scripts are transliterated to Latin letters (AnyAscii), what still falls outside
    /// the set becomes a space, and runs of spaces fold into one. Banks also refuse an empty name, so text of
    /// which nothing survives is written as <paramref name="fallback"/>.
    /// </summary>
    public static string Text(string value, int max, string fallback)
    {
        var plain = new StringBuilder();
        foreach (var c in AnyAscii.Transliteration.Transliterate(value))
        {
            var kept = char.IsAsciiLetterOrDigit(c) || "/-?:().,'+".Contains(c) ? c : ' ';
            if (kept != ' ' || (plain.Length > 0 && plain[^1] != ' '))
            {
                plain.Append(kept);
            }
        }
        var text = plain.ToString().Trim();
        text = text.Length <= max ? text : text[..max].TrimEnd();
        return text.Length > 0 ? text : Text(fallback, max, "-");
    }
}
