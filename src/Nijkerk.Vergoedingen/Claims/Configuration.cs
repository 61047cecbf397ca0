using Marten;

namespace Nijkerk.Vergoedingen.Claims;

public static class Configuration
{
    /// <summary>The documents that go with claims: a household's account, and the registers that keep an invoice and a bank reference single.</summary>
    public static WebApplicationBuilder AddClaims(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options =>
        {
            options.Schema.For<PayeeAccount>();
            options.Schema.For<InvoiceRegistration>();
            options.Schema.For<PaymentReference>();
        });
        return builder;
    }
}
