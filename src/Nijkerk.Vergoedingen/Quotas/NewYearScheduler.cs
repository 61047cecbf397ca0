using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Quotas;

/// <summary>
/// At start-up, makes sure every municipality has its next New Year scheduled — and this one, should the
/// app have been down on 1 January. The schedule is a durable message; a marker keeps it single.
/// </summary>
public sealed class NewYearScheduler(
    IServiceScopeFactory scopes, IClock clock, IOptionsMonitor<Dictionary<string, TenantSettings>> tenants, IConfiguration configuration)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off only where a host must not act on its own, such as tests that count every event.
        if (!configuration.GetValue("Quotas:ScheduleNewYear", true))
        {
            return;
        }
        using var scope = scopes.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        var year = Amsterdam.YearOf(clock.GetCurrentInstant());
        foreach (var tenant in tenants.CurrentValue.Keys)
        {
            await bus.PublishAsync(new ScheduleNewYear(year), new DeliveryOptions { TenantId = tenant });
            await bus.PublishAsync(new ScheduleNewYear(year + 1), new DeliveryOptions { TenantId = tenant });
        }
    }
}
