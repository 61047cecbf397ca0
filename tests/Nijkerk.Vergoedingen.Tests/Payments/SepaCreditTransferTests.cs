using System.Xml.Linq;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Payments;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.Given;

namespace Nijkerk.Vergoedingen.Tests.Payments;

public class SepaCreditTransferTests
{
    private static readonly SepaParty Municipality = new("Gemeente Nijkerk", "NL34BNGH0285000001", "BNGHNL2G");

    private static (PaymentBatch Batch, Dictionary<string, SepaParty> Creditors) Batch()
    {
        BatchItem[] items =
        [
            new("r1", Guid.NewGuid().ToString(), BijzondereBijstand, 2026, "Z-2026-0001", "F-2026-17", 600.00m, PayeeKind.Provider, "p1"),
            new("r2", Guid.NewGuid().ToString(), BijzondereBijstand, 2026, "Z-2026-0002", "Bon 12", 75.50m, PayeeKind.Household, "a1"),
        ];
        var batch = new PaymentBatch { Id = Guid.NewGuid().ToString(), Items = [.. items], ControlSum = 675.50m, ExecutionDate = new LocalDate(2026, 3, 2), CreatedBy = "bob", CreatedAt = Now };
        return (batch, new()
        {
            [items[0].ClaimId] = new("Praktijk De Brug", "NL91ABNA0417164300", "ABNANL2A"),
            [items[1].ClaimId] = new("Huishouden", "NL02ABNA0123456789", null),
        });
    }

    [Fact]
    public void A_batch_becomes_a_pain_001_001_09_file_that_the_schema_accepts()
    {
        var (batch, creditors) = Batch();

        var xml = SepaCreditTransfer.ToBytes(SepaCreditTransfer.Build(batch, Municipality, creditors, Now));

        Assert.Empty(SepaSchema.Errors(xml));
    }

    [Fact]
    public void The_schema_check_catches_a_file_that_lacks_a_mandatory_element()
    {
        var (batch, creditors) = Batch();
        var document = SepaCreditTransfer.Build(batch, Municipality, creditors, Now);

        document.Descendants(SepaCreditTransfer.Ns + "PmtMtd").Remove();

        Assert.NotEmpty(SepaSchema.Errors(SepaCreditTransfer.ToBytes(document)));
    }

    [Fact]
    public void Control_sums_and_counts_match_the_transfers()
    {
        var (batch, creditors) = Batch();

        var document = SepaCreditTransfer.Build(batch, Municipality, creditors, Now);

        Assert.All(document.Descendants(SepaCreditTransfer.Ns + "CtrlSum"), e => Assert.Equal("675.50", e.Value));
        Assert.All(document.Descendants(SepaCreditTransfer.Ns + "NbOfTxs"), e => Assert.Equal("2", e.Value));
        Assert.Equal(2, document.Descendants(SepaCreditTransfer.Ns + "CdtTrfTxInf").Count());
    }

    [Theory]
    [InlineData("Praktijk Één & Twee", "Praktijk Een Twee")]
    [InlineData("Relatietherapie Ørsted", "Relatietherapie Orsted")]
    [InlineData("  Naam  ", "Naam")]
    [InlineData("Ирина Петрова", "Irina Petrova")]
    [InlineData("Практика Мост", "Praktika Most")]
    [InlineData("Straße 12/3 (achter)", "Strasse 12/3 (achter)")]
    public void Names_are_written_in_the_sepa_character_set(string name, string written)
    {
        Assert.Equal(written, SepaCreditTransfer.Text(name, 70, "Onbekend"));
    }

    [Theory]
    [InlineData("عيادة الجسر")]
    [InlineData("Ирина Петрова")]
    [InlineData("診療所")]
    public void A_name_in_another_script_is_transliterated_not_dropped(string name)
    {
        var written = SepaCreditTransfer.Text(name, 70, "Onbekend");

        Assert.Matches(EpcCharacters, written);
        Assert.NotEqual("Onbekend", written);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\uE000\uE001")]
    public void Text_of_which_nothing_survives_is_written_as_its_fallback(string name)
    {
        Assert.Equal("Onbekend", SepaCreditTransfer.Text(name, 70, "Onbekend"));
    }

    [Fact]
    public void Transliterated_text_is_cut_to_its_maximum_after_it_grew()
    {
        var written = SepaCreditTransfer.Text(new string('Щ', 40), 70, "Onbekend");

        Assert.True(written.Length <= 70, written);
        Assert.StartsWith("ShchShch", written);
    }

    [Fact]
    public void A_batch_with_cyrillic_and_arabic_names_still_validates_and_holds_only_sepa_characters()
    {
        var (batch, _) = Batch();
        batch = batch with { Items = [.. batch.Items.Select((i, n) => i with { InvoiceNumber = n == 0 ? "Счёт-17" : "فاتورة ٧" })] };
        var creditors = new Dictionary<string, SepaParty>
        {
            [batch.Items[0].ClaimId] = new("Практика Мост", "NL91ABNA0417164300", "ABNANL2A"),
            [batch.Items[1].ClaimId] = new("عيادة الجسر", "NL02ABNA0123456789", null),
        };
        var debtor = Municipality with { Name = "Ирина Петрова" };

        var document = SepaCreditTransfer.Build(batch, debtor, creditors, Now);

        Assert.Empty(SepaSchema.Errors(SepaCreditTransfer.ToBytes(document)));
        var texts = document.Descendants().Where(e => e.Name.LocalName is "Nm" or "Ustrd").Select(e => e.Value).ToList();
        Assert.Equal(6, texts.Count);
        Assert.All(texts, t => Assert.Matches(EpcCharacters, t));
        Assert.Contains("Praktika Most", texts);
        Assert.Contains("Irina Petrova", texts);
    }

    /// <summary>The EPC's SEPA character set, at least one character.</summary>
    private const string EpcCharacters = @"^[a-zA-Z0-9/\-?:().,'+ ]+\z";
}
