using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Hosting;

namespace Nijkerk.Vergoedingen.Payments;

public static class Configuration
{
    public static void ConfigurePayments(this StoreOptions options)
    {
        options.Events.MapEventType<PaymentBatchCreated>("payment_batch_created");
        options.Events.MapEventType<PaymentBatchBooked>("payment_batch_booked");
        options.Projections.Add(new PaymentBatchProjection(), ProjectionLifecycle.Inline);
    }
}

public sealed class PaymentBatchProjection() : FoldProjection<PaymentBatch>(PaymentBatch.Fold, typeof(PaymentBatchCreated), typeof(PaymentBatchBooked));
