using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Budgets;
using NodaTime;
using static Nijkerk.Vergoedingen.Tests.Support.Given;

namespace Nijkerk.Vergoedingen.Tests.Claims;

/// <summary>The input rules of claims, payments, quotas, budgets and providers, as their factories decide them.</summary>
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

    [Theory]
    [InlineData(2024, Rules.YearTooEarly)]
    [InlineData(2032, Rules.YearTooLate)]
    public void Quotas_and_budgets_are_set_for_last_year_until_five_years_ahead(int year, string rule)
    {
        Assert.Equal(("year", rule), Only(SetQuota.Create(Scheme.HoudMeVast, year, 10, "Afspraak", Bob, Now)));
        Assert.Equal(("year", rule), Only(SetBudget.Create(Scheme.BijzondereBijstand, year, 1000m, "Begroting", Bob, Now)));
        Assert.NotNull(SetQuota.Create(Scheme.HoudMeVast, 2025, 10, "Correctie", Bob, Now).Command);
        Assert.NotNull(SetBudget.Create(Scheme.BijzondereBijstand, 2031, 0m, "Raming", Bob, Now).Command);
    }

    [Fact]
    public void A_quota_is_a_count_of_0_to_1000_with_a_reason_and_only_for_a_count_scheme()
    {
        Assert.Equal(("capacity", Rules.OutOfRange), Only(SetQuota.Create(Scheme.HoudMeVast, 2026, 1001, "Afspraak", Bob, Now)));
        Assert.Equal(("reason", Rules.TooLong), Only(SetQuota.Create(Scheme.HoudMeVast, 2026, 10, new string('r', 2001), Bob, Now)));
        Assert.Equal(("scheme", Rules.NotForScheme), Only(SetQuota.Create(Scheme.BijzondereBijstand, 2026, 10, "Afspraak", Bob, Now)));
        Assert.Equal(("amount", Rules.Negative), Only(SetBudget.Create(Scheme.BijzondereBijstand, 2026, -1m, "Begroting", Bob, Now)));
    }

    [Fact]
    public void A_provider_has_a_name_of_at_most_70_characters_a_valid_iban_and_perhaps_a_bic()
    {
        Assert.Equal(("name", Rules.TooLong), Only(RegisterProvider.Create("p1", new string('n', 71), Iban, null, Admin)));
        Assert.Equal(("iban", Rules.Shape), Only(RegisterProvider.Create("p1", "De Brug", "NL91ABNA0417164301", null, Admin)));
        Assert.Equal(("bic", Rules.Shape), Only(RegisterProvider.Create("p1", "De Brug", Iban, "ABN", Admin)));
        var provider = RegisterProvider.Create("p1", " De Brug ", Iban, "abnanl2a", Admin).Command!;
        Assert.Equal(("De Brug", "NL91ABNA0417164300", "ABNANL2A"), (provider.Name, provider.Iban, provider.Bic));
    }

    private static readonly Actor Admin = new("dirk", Roles.Admin, "nijkerk");
}
