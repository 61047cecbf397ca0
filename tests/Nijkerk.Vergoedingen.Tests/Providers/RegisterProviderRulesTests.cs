using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Providers;

/// <summary>The input rules of a provider's registration.</summary>
public class RegisterProviderRulesTests
{
    private const string Iban = "NL91 ABNA 0417 1643 00";
    private static readonly Actor Admin = new("dirk", Roles.Admin, "nijkerk");

    private static (string Field, string Rule) Only<T>(Checked<T> command) where T : class
    {
        Assert.Null(command.Command);
        var error = Assert.Single(command.Refusal!.Errors);
        return (error.Field, error.Rule);
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
}
