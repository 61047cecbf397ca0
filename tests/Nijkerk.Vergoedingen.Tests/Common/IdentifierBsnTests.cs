using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Mandates;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Common;

/// <summary>
/// Identifiers and names that are stored in events hold no BSN either: each command's factory, which API and screens
/// both call, refuses one under its field, in ASCII digits or in any other.
/// </summary>
public class IdentifierBsnTests
{
    private const string Ascii = "123456782";
    private const string ArabicIndic = "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662";
    private const string FullWidth = "\uFF11\uFF12\uFF13 \uFF14\uFF15\uFF16 \uFF17\uFF18\uFF12";

    private static readonly Actor Dirk = new("dirk", Roles.Admin, "nijkerk");

    public static TheoryData<string> Written => [Ascii, ArabicIndic, FullWidth];

    private static void RefusedAsBsn<T>(string field, IChecked<T> command) where T : class
    {
        Assert.Null(command.Command);
        var error = Assert.Single(command.Refusal!.Errors);
        Assert.Equal((field, Rules.Bsn), (error.Field, error.Rule));
    }

    [Theory]
    [MemberData(nameof(Written))]
    public void An_invoice_number_with_a_BSN_is_refused(string bsn) =>
        RefusedAsBsn("invoiceNumber", RecordClaim.Create("r1", "c1", $"F-{bsn}", 100m, Guid.NewGuid().ToString(), null, null, Given.Anna));

    [Theory]
    [MemberData(nameof(Written))]
    public void A_bank_reference_of_a_payment_with_a_BSN_is_refused(string bsn) =>
        RefusedAsBsn("reference", BookPayment.Create("r1", "c1", 100m, new LocalDate(2026, 3, 2), $"BANK {bsn}", Given.Bob));

    [Theory]
    [MemberData(nameof(Written))]
    public void A_placement_reference_of_the_foundation_with_a_BSN_is_refused(string bsn) =>
        RefusedAsBsn("placementReference", ConfirmPlacement.Create("r1", $"HMV-{bsn}", Given.Bob));

    [Theory]
    [MemberData(nameof(Written))]
    public void A_provider_registered_with_a_BSN_in_its_name_is_refused(string bsn) =>
        RefusedAsBsn("name", RegisterProvider.Create("p1", $"Praktijk {bsn}", "NL91 ABNA 0417 1643 00", "ABNANL2A", Dirk));

    [Theory]
    [MemberData(nameof(Written))]
    public void A_trainer_named_with_a_BSN_when_scheduling_is_refused(string bsn) =>
        RefusedAsBsn("provider", ScheduleTraining.Create("r1", $"Trainer {bsn}", new LocalDate(2026, 4, 1), Given.Anna));

    [Theory]
    [MemberData(nameof(Written))]
    public void A_household_account_holder_with_a_BSN_is_refused(string bsn) =>
        RefusedAsBsn("name", RecordClaim.Create("r1", "c1", "F-1", 100m, RecordClaim.Household, "NL91 ABNA 0417 1643 00", $"Jansen {bsn}", Given.Anna));

    [Theory]
    [MemberData(nameof(Written))]
    public void A_mandate_for_an_officer_named_by_a_BSN_is_refused(string bsn) =>
        RefusedAsBsn("officer", SetMandate.Create(bsn, 1000m, null, new LocalDate(2026, 1, 1), "Mandaatbesluit 2026", Dirk));

    [Fact]
    public void Identifiers_of_other_systems_with_eight_digits_or_fewer_pass()
    {
        Assert.NotNull(RecordClaim.Create("r1", "c1", "F-11111112", 100m, Guid.NewGuid().ToString(), null, null, Given.Anna).Command);
        Assert.NotNull(BookPayment.Create("r1", "c1", 100m, new LocalDate(2026, 3, 2), "BANK-0001", Given.Bob).Command);
        Assert.NotNull(ConfirmPlacement.Create("r1", "HMV-2026-0017", Given.Bob).Command);
        Assert.NotNull(SetMandate.Create("bob", 1000m, null, new LocalDate(2026, 1, 1), "Mandaatbesluit 2026", Dirk).Command);
    }
}
