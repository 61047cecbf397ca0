using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Hosting;

namespace Nijkerk.Vergoedingen.Quotas;

public static class Configuration
{
    public static void ConfigureQuotas(this StoreOptions options)
    {
        options.Events.MapEventType<QuotaYearOpened>("quota_year_opened");
        options.Events.MapEventType<QuotaCapacityAdjusted>("quota_capacity_adjusted");
        options.Events.MapEventType<SlotReserved>("slot_reserved");
        options.Events.MapEventType<ReferralWaitlisted>("referral_waitlisted");
        options.Events.MapEventType<WaitlistLeft>("waitlist_left");
        options.Events.MapEventType<SlotReleased>("slot_released");
        options.Events.MapEventType<SlotConsumed>("slot_consumed");
        options.Events.MapEventType<ReservationExpired>("reservation_expired");

        options.Projections.Add(new QuotaYearProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<NewYearScheduled>();
    }
}

public sealed class QuotaYearProjection() : FoldProjection<QuotaYear>(QuotaYear.Fold,
    typeof(QuotaYearOpened), typeof(QuotaCapacityAdjusted), typeof(SlotReserved), typeof(ReferralWaitlisted),
    typeof(WaitlistLeft), typeof(SlotReleased), typeof(SlotConsumed), typeof(ReservationExpired),
    typeof(Years.ReferralCarriedOver), typeof(Years.YearClosed), typeof(Years.YearSealed));

/// <summary>Settings under <c>Quotas</c>.</summary>
public sealed class QuotaSettings
{
    /// <summary>The capacity of a houd-me-vast year nobody has set: the foundation funds 10 a year.</summary>
    public int DefaultCapacity { get; set; } = 10;

    /// <summary>A reservation not scheduled within this period expires and its slot goes to the waitlist.</summary>
    public TimeSpan ReservationExpiry { get; set; } = TimeSpan.FromDays(56);
}
