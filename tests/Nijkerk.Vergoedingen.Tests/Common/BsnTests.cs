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

    [Theory]
    [InlineData("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662")] // Arabic-Indic
    [InlineData("\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F2")] // Extended Arabic-Indic (Persian)
    [InlineData("\u0967\u0968\u0969\u096A\u096B\u096C\u096D\u096E\u0968")] // Devanagari
    [InlineData("BSN \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF12")] // full width
    [InlineData("\U0001D7CF\U0001D7D0\U0001D7D1\U0001D7D2\U0001D7D3\U0001D7D4\U0001D7D5\U0001D7D6\U0001D7D0")] // mathematical bold, beyond the BMP
    [InlineData("\uFF11\uFF12\uFF13\uFF14\uFF0E\uFF15\uFF16\uFF0E\uFF17\uFF18\uFF12")] // full width, full-width dots
    [InlineData("123\u00A0456\u00A0782")] // no-break spaces
    [InlineData("123\u2013456\u2013782")] // en dashes
    [InlineData("123\u2212456\u2212782")] // minus signs
    [InlineData("1234\u200B56782")] // a zero-width space inside
    [InlineData("\u0661\u0662\u0663 \u0664\u0665\u0666 \u0667\u0668\u0662")] // Arabic-Indic, grouped
    [InlineData("\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0662")] // eight Arabic-Indic digits, an old BSN
    [InlineData("\uD800123456782")] // after a lone surrogate, which is no reason to fail
    public void A_BSN_in_digits_of_another_script_or_width_is_a_BSN(string text) => Assert.True(Bsn.Appears(text));

    [Theory]
    [InlineData("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")] // nine Arabic-Indic digits that fail the eleven-test
    [InlineData("Z\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF0D\uFF10\uFF10\uFF10\uFF13")] // a zaaknummer in full width
    [InlineData("12345\uD80006782")] // a lone surrogate splits digits as a letter does
    public void Digits_of_another_script_that_only_resemble_one_are_not(string text) => Assert.False(Bsn.Appears(text));

    [Theory]
    [InlineData("F-123456782", true)]
    [InlineData("BANK 123 456 782", true)]
    [InlineData("HMV-\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF12", true)]
    [InlineData("F-11111112", false)] // eight digits: the invoice numbering of the provider
    [InlineData("F-2026-17", false)]
    [InlineData("BANK-0001", false)]
    public void An_identifier_of_another_system_holds_no_BSN_of_nine_digits(string identifier, bool bsn) =>
        Assert.Equal(bsn, Bsn.AppearsInIdentifier(identifier));

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
        // Eight digits in another system's identifier are that system's number: only in free text are they an old BSN.
        check.Text("invoiceNumber", "11111112", 35, identifier: true);

        var error = Assert.Single(check.Refusal!.Errors);
        Assert.Equal(("reason", Rules.Bsn), (error.Field, error.Rule));
    }
}
