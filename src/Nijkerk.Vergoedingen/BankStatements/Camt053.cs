using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.BankStatements;

/// <summary>A bank statement as the ledger reads it: which statement of which account, and its entries.</summary>
public sealed record StatementFile(string Id, string Account, IReadOnlyList<StatementEntry> Entries);

/// <summary>
/// One transfer booked on the statement: its amount (always positive) in euros, debit (money out) or credit (money in),
/// its booking date, the bank's reference for it, the <c>EndToEndId</c> the payer gave it, and for a returned transfer
/// the return's reason code (<c>AC04</c>: account closed, …). Nothing of the other party: no name, no account.
/// </summary>
public sealed record StatementEntry(string Reference, decimal Amount, bool Debit, LocalDate BookingDate, string? EndToEndId, string? ReturnReason);

/// <summary>
/// Reads an ISO 20022 bank-to-customer statement, <c>camt.053.001.02</c> (the common version of Dutch banks) or
/// <c>camt.053.001.08</c>, safely: no DTD, no entity, nothing fetched, a bounded size. What it cannot read is a
/// problem to show, never a guess.
/// </summary>
public static class Camt053
{
    public const int MaxCharacters = 16 * 1024 * 1024;

    private static readonly string[] Versions = ["urn:iso:std:iso:20022:tech:xsd:camt.053.001.02", "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"];

    /// <summary>The statement in <paramref name="xml"/>, or why it cannot be read.</summary>
    public static (StatementFile? Statement, string? Problem) Read(Stream xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(xml, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxCharacters, MaxCharactersFromEntities = 0,
                IgnoreComments = true, IgnoreProcessingInstructions = true,
            });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return (null, $"The file is not readable XML ({e.Message}).");
        }
        var ns = document.Root?.Name.Namespace;
        if (ns is null || !Versions.Contains(ns.NamespaceName) || document.Root!.Element(ns + "BkToCstmrStmt") is not { } message)
        {
            return (null, "The file is not a camt.053.001.02 or camt.053.001.08 bank statement.");
        }
        var statements = message.Elements(ns + "Stmt").ToList();
        if (statements.Count != 1)
        {
            return (null, $"A file holds one statement; this one holds {statements.Count}.");
        }
        var statement = statements[0];
        var id = Text(statement, ns, "Id");
        var account = Text(statement, ns, "Acct", "Id", "IBAN");
        if (id is null || account is null)
        {
            return (null, "The statement names no id or no IBAN of its account.");
        }
        var entries = new List<StatementEntry>();
        var index = 0;
        foreach (var entry in statement.Elements(ns + "Ntry"))
        {
            index++;
            if (Entries(entry, ns, $"{id}/{index}") is not { } read)
            {
                return (null, $"Entry {index} of the statement cannot be read: an amount in euros, a credit or debit mark and a booking date are needed.");
            }
            entries.AddRange(read);
        }
        return (new StatementFile(id, account.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), entries), null);
    }

    /// <summary>A booked entry's transfers: one per transaction in it (a batch booked as one entry has several), or the entry itself.</summary>
    private static IEnumerable<StatementEntry>? Entries(XElement entry, XNamespace ns, string fallbackReference)
    {
        var amount = Euros(entry.Element(ns + "Amt"));
        var mark = Text(entry, ns, "CdtDbtInd");
        var booked = Date(entry.Element(ns + "BookgDt"), ns);
        if (amount is null || mark is not ("DBIT" or "CRDT") || booked is null)
        {
            return null;
        }
        // Only booked entries: pending or informational ones are not (yet) what the bank paid.
        var status = entry.Element(ns + "Sts") is { } sts ? sts.Element(ns + "Cd")?.Value ?? sts.Value : "BOOK";
        if (status.Trim() != "BOOK")
        {
            return [];
        }
        var reference = Text(entry, ns, "AcctSvcrRef") ?? Text(entry, ns, "NtryRef") ?? fallbackReference;
        var transactions = entry.Elements(ns + "NtryDtls").Elements(ns + "TxDtls").ToList();
        if (transactions.Count == 0)
        {
            return [new StatementEntry(reference, amount.Value, mark == "DBIT", booked.Value, null, null)];
        }
        var read = new List<StatementEntry>();
        for (var i = 0; i < transactions.Count; i++)
        {
            var tx = transactions[i];
            // A transaction's own amount; a lone transaction may leave it to its entry.
            var txAmount = Euros(tx.Element(ns + "Amt")) ?? Euros(tx.Element(ns + "AmtDtls")?.Element(ns + "TxAmt")?.Element(ns + "Amt"))
                           ?? (transactions.Count == 1 ? amount : null);
            if (txAmount is null)
            {
                return null;
            }
            var txMark = Text(tx, ns, "CdtDbtInd") ?? mark;
            read.Add(new StatementEntry(
                Text(tx, ns, "Refs", "AcctSvcrRef") ?? (transactions.Count == 1 ? reference : $"{reference}/{i + 1}"), txAmount.Value, txMark == "DBIT", booked.Value,
                Text(tx, ns, "Refs", "EndToEndId") is { } e2e && e2e != "NOTPROVIDED" ? e2e : null,
                Text(tx, ns, "RtrInf", "Rsn", "Cd")));
        }
        return read;
    }

    /// <summary>An amount in euros, exact; another currency is not one the ledger paid.</summary>
    private static decimal? Euros(XElement? amount) =>
        amount is not null && (string?)amount.Attribute("Ccy") == "EUR"
                           && decimal.TryParse(amount.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) && euros > 0
            ? euros
            : null;

    private static LocalDate? Date(XElement? date, XNamespace ns)
    {
        var text = date?.Element(ns + "Dt")?.Value ?? date?.Element(ns + "DtTm")?.Value?[..Math.Min(10, date.Element(ns + "DtTm")!.Value.Length)];
        return text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
    }

    private static string? Text(XElement element, XNamespace ns, params string[] path)
    {
        var at = element;
        foreach (var name in path)
        {
            at = at?.Element(ns + name);
        }
        return at?.Value.Trim() is { Length: > 0 } text ? text : null;
    }
}
