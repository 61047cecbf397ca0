using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Common;

/// <summary>The BSN guard: what a BSN looks like when someone types one, and what only resembles one.</summary>
public class BsnTests
{
    [Theory]
    [InlineData("123456782")]
    [InlineData("Z123456782")]
    [InlineData("1234.56.782")]
    [InlineData("123 456 782")]
    [InlineData("123-456-782")]
    [InlineData("12.34.56.782")]
    [InlineData("11111112")] // an old BSN of eight digits, its 0 left off
    [InlineData("Gesprek met het gezin (BSN 111222333) over de training.")]
    [InlineData("zie 123456782 2026")]
    public void A_number_that_passes_the_eleven_test_is_a_BSN(string text) => Assert.True(Bsn.Appears(text));

    [Theory]
    [InlineData("123456789")] // nine digits that fail the eleven-test
    [InlineData("Z-2026-0003")] // a zaaknummer whose eight digits happen to pass it
    [InlineData("Z-2026-0040")]
    [InlineData("Gesprek op 14-03-2026 en op 2026.03.14")]
    [InlineData("1234567820")] // ten digits: an account or a reference, not a BSN
    [InlineData("Kosten € 1.450,00, eigen bijdrage € 200,00")]
    [InlineData("000000000")]
    public void What_only_resembles_one_is_not(string text) => Assert.False(Bsn.Appears(text));

    [Fact]
    public void The_eleven_test_weighs_nine_to_two_and_subtracts_the_last_digit()
    {
        // 9×1 + 8×2 + 7×3 + 6×4 + 5×5 + 4×6 + 3×7 + 2×8 − 2 = 154 = 14 × 11
        Assert.True(Bsn.PassesElevenTest("123456782"));
        Assert.False(Bsn.PassesElevenTest("123456783"));
    }

    [Fact]
    public void Every_free_text_refuses_a_BSN_and_names_its_field()
    {
        var check = new Check();
        check.Text("reason", "Besproken met de klant, bsn 1234.56.782");
        check.Text("invoiceNumber", "123456782", 35, identifier: true);

        var error = Assert.Single(check.Refusal!.Errors);
        Assert.Equal(("reason", Rules.Bsn), (error.Field, error.Rule));
    }
}
