using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>camt.053.001.02 statements as a Dutch bank sends them, made of a payment batch's own SEPA file; and the steps around them.</summary>
public static class BankStatementFiles
{
    public static readonly XNamespace Pain = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    public static readonly XNamespace Camt = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

    /// <summary>A payment batch, and its transfers as its own SEPA file names them.</summary>
    public static async Task<(string Batch, IReadOnlyList<(string Amount, string EndToEndId)> Transfers)> BatchAsync(this HttpClient officer)
    {
        var batch = (await (await officer.Post("/api/payment-batches")).ShouldBe(HttpStatusCode.Created)).Str("id");
        var file = XDocument.Parse(await officer.GetStringAsync($"/api/payment-batches/{batch}/file"));
        return (batch, [.. file.Descendants(Pain + "CdtTrfTxInf").Select(t => (t.Descendants(Pain + "InstdAmt").Single().Value, t.Descendants(Pain + "EndToEndId").Single().Value))]);
    }

    public static Task<HttpResponseMessage> Upload(this HttpClient officer, string statement) =>
        officer.PostAsync("/api/bank-statements", new StringContent(statement, Encoding.UTF8, "application/xml"));

    /// <summary>A camt.053.001.02 statement of one account, as a Dutch bank sends it.</summary>
    public static string Statement(string id, string account, IEnumerable<XElement> entries) => new XDocument(
        new XElement(Camt + "Document",
            new XElement(Camt + "BkToCstmrStmt",
                new XElement(Camt + "GrpHdr", new XElement(Camt + "MsgId", $"MSG-{id}"), new XElement(Camt + "CreDtTm", "2026-03-02T18:00:00")),
                new XElement(Camt + "Stmt",
                    new XElement(Camt + "Id", id), new XElement(Camt + "CreDtTm", "2026-03-02T18:00:00"),
                    new XElement(Camt + "Acct", new XElement(Camt + "Id", new XElement(Camt + "IBAN", account)), new XElement(Camt + "Ccy", "EUR")),
                    entries)))).ToString();

    private static int _entry;

    public static XElement Debit(string amount, string endToEndId) => new(Camt + "Ntry",
        Amount(amount), new XElement(Camt + "CdtDbtInd", "DBIT"), Booked("2026-03-02"),
        new XElement(Camt + "AcctSvcrRef", $"BANK-{Interlocked.Increment(ref _entry)}"),
        new XElement(Camt + "NtryDtls", new XElement(Camt + "TxDtls", new XElement(Camt + "Refs", new XElement(Camt + "EndToEndId", endToEndId)))));

    /// <summary>A transfer that came back: money in, with the original end-to-end id and the return's reason.</summary>
    public static XElement Return(string amount, string endToEndId, string reason) => new(Camt + "Ntry",
        Amount(amount), new XElement(Camt + "CdtDbtInd", "CRDT"), Booked("2026-03-02"),
        new XElement(Camt + "AcctSvcrRef", $"BANK-{Interlocked.Increment(ref _entry)}"),
        new XElement(Camt + "NtryDtls", new XElement(Camt + "TxDtls",
            new XElement(Camt + "Refs", new XElement(Camt + "EndToEndId", endToEndId)),
            new XElement(Camt + "RtrInf", new XElement(Camt + "Rsn", new XElement(Camt + "Cd", reason))))));

    public static XElement Amount(string amount) => new(Camt + "Amt", new XAttribute("Ccy", "EUR"), amount);

    public static XElement[] Booked(string date) =>
        [new XElement(Camt + "Sts", "BOOK"), new XElement(Camt + "BookgDt", new XElement(Camt + "Dt", date)), new XElement(Camt + "ValDt", new XElement(Camt + "Dt", date))];

}
