using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.Given;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Claims;

/// <summary>The input rules of claims and payments, as their factories decide them.</summary>
public class ClaimRulesTests
{
    private const string Iban = "NL91 ABNA 0417 1643 00";
    private static readonly string Provider = Guid.NewGuid().ToString();

    private static (string Field, string Rule) Only<T>(Checked<T> command) where T : class
    {
        Assert.Null(command.Command);
        var error = Assert.Single(command.Refusal!.Errors);
        return (error.Field, error.Rule);
    }

    private static Checked<RecordClaim> Claim(string? invoice = "F-2026-17", decimal? amount = 600m, string? payee = null, string? iban = null) =>
        RecordClaim.Create("r1", "c1", invoice, amount, payee ?? Provider, iban, null, Anna);

    [Fact]
    public void A_claim_has_an_invoice_number_of_at_most_35_characters_and_an_amount_above_zero()
    {
        Assert.Equal(("invoiceNumber", Rules.TooLong), Only(Claim(invoice: new string('9', 36))));
        Assert.Equal(("invoiceNumber", Rules.Required), Only(Claim(invoice: " ")));
        Assert.Equal(("amount", Rules.NotPositive), Only(Claim(amount: 0m)));
        Assert.Equal(("amount", Rules.TooLarge), Only(Claim(amount: 100_000_000.01m)));
    }

    [Fact]
    public void A_household_is_paid_on_its_own_valid_account_and_a_provider_on_its_registered_one()
    {
        Assert.Equal(("iban", Rules.Required), Only(Claim(payee: "household")));
        Assert.Equal(("iban", Rules.Shape), Only(Claim(payee: "household", iban: "NL91ABNA0417164301")));
        Assert.Equal(("iban", Rules.NotForScheme), Only(Claim(iban: Iban)));
        Assert.Equal(("payee", Rules.Shape), Only(Claim(payee: "iemand")));
        var household = Claim(payee: "household", iban: Iban).Command!;
        Assert.Equal((PayeeKind.Household, "NL91ABNA0417164300", "c1"), (household.PayeeKind, household.Account!.Iban, household.PayeeId));
    }

    [Fact]
    public void A_payment_names_an_amount_a_date_and_a_bank_reference_of_at_most_35_characters()
    {
        Assert.Equal(("reference", Rules.TooLong), Only(BookPayment.Create("r1", "c1", 10m, new LocalDate(2026, 3, 1), new string('R', 36), Bob)));
        Assert.Equal(("paidOn", Rules.Required), Only(BookPayment.Create("r1", "c1", 10m, null, "B-1", Bob)));
        Assert.Equal(("amount", Rules.NotPositive), Only(BookPayment.Create("r1", "c1", 0m, new LocalDate(2026, 3, 1), "B-1", Bob)));
        Assert.Equal(("reason", Rules.Required), Only(RejectClaim.Create("r1", "c1", "", Bob)));
    }
}
