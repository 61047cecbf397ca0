using Marten;

namespace Nijkerk.Vergoedingen.Claims;

public static class Configuration
{
    public static void ConfigureClaims(this StoreOptions options)
    {
        options.Events.MapEventType<ClaimRecorded>("claim_recorded");
        options.Events.MapEventType<ClaimApproved>("claim_approved");
        options.Events.MapEventType<ClaimRejected>("claim_rejected");
        options.Events.MapEventType<ClaimBatched>("claim_batched");
        options.Events.MapEventType<PaymentBooked>("payment_booked");

        options.Schema.For<PayeeAccount>();
        options.Schema.For<InvoiceRegistration>();
        options.Schema.For<PaymentReference>();
    }
}
