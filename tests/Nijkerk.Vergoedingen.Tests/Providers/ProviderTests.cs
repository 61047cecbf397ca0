using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Providers;

public class ProviderTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task An_admin_registers_a_provider_with_its_iban_normalised()
    {
        var admin = await App.SignIn("ad", "admin");

        var created = await (await admin.Post("/api/providers", new { name = "Praktijk De Brug", iban = "nl91 abna 0417 1643 00", bic = "ABNANL2A" }))
            .ShouldBe(HttpStatusCode.Created);

        Assert.Equal("NL91ABNA0417164300", created.Str("iban"));
        var list = await (await App.SignIn("anna", "consulent")).GetJson("/api/providers");
        Assert.Equal(["Praktijk De Brug"], list["items"]!.AsArray().Select(p => p.Str("name")));
    }

    [Theory]
    [InlineData("NL91 ABNA 0417 1643 01")]
    [InlineData("NL91ABNA04171643")]
    [InlineData("XX00")]
    [InlineData("")]
    public async Task An_iban_failing_the_mod_97_check_is_refused(string iban)
    {
        var admin = await App.SignIn("ad", "admin");

        var problem = await (await admin.Post("/api/providers", new { name = "Praktijk", iban, bic = "ABNANL2A" })).ShouldBeProblem(400, "validation");

        Assert.NotNull(problem["errors"]!["iban"]);
        Assert.Equal(0, await App.EventCountAsync());
    }

    [Fact]
    public async Task Only_an_admin_registers_providers()
    {
        var bob = await App.SignIn("bob", "financial-officer");

        await (await bob.Post("/api/providers", new { name = "Praktijk", iban = "NL91ABNA0417164300" })).ShouldBeProblem(403, "forbidden");
    }
}
