using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Infrastructure;

/// <summary>
/// Events are registered by convention, and the store names each after its type: renaming a type would
/// rename what is stored, and the events already written under the old name would no longer read. These
/// are the names the ledger has written since it went into production; a new event adds one, none changes.
/// </summary>
public class EventNamesTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly string[] Stored =
    [
        "accounts_set", "approved_under_mandate", "bank_statement_imported", "budget_adjusted", "budget_year_opened", "case_destroyed", "case_ended", "case_linked", "case_lookup_requested", "case_not_found", "case_status_set", "claim_approved", "claim_batched", "claim_recorded", "claim_rejected",
        "commitment_released", "erasure_request_lapsed", "erasure_requested", "foundation_notification_failed", "foundation_notification_requested",
        "foundation_notified", "funds_committed", "mandate_set", "municipality_added", "municipality_changed", "payment_batch_booked",
        "payment_batch_created", "payment_booked", "payment_returned", "personal_data_erased", "placement_confirmed", "provider_registered",
        "quota_capacity_adjusted", "quota_year_opened", "referral_approved", "referral_carried_over", "referral_closed",
        "referral_rejected", "referral_waitlisted", "referral_withdrawn", "reservation_expired", "slot_consumed",
        "slot_released", "slot_reserved", "training_completed", "training_requested", "training_scheduled",
        "waitlist_left", "year_closed", "year_sealed",
    ];

    [Fact]
    public void Every_event_is_registered_under_the_name_it_has_always_been_stored_under()
    {
        var store = App.Services.GetRequiredService<IDocumentStore>();
        var registered = store.Options.Events.AllKnownEventTypes()
            .Where(e => typeof(ILedgerEvent).IsAssignableFrom(e.EventType))
            .Select(e => e.EventTypeName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Stored, registered);
    }

    [Fact]
    public void Every_event_type_of_the_ledger_is_registered()
    {
        var store = App.Services.GetRequiredService<IDocumentStore>();
        var events = typeof(ILedgerEvent).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILedgerEvent).IsAssignableFrom(t));

        Assert.All(events, type => Assert.Contains(store.Options.Events.AllKnownEventTypes(), e => e.EventType == type));
    }
}
