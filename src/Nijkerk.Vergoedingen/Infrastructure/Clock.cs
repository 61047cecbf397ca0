using NodaTime;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// Lets Marten stamp events with the same injected clock the decisions read, so an event's timestamp
/// and the instant in its body agree — also under a fake clock in tests.
/// </summary>
public sealed class ClockTimeProvider(IClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetCurrentInstant().ToDateTimeOffset();
}
