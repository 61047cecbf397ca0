using Marten;
using Microsoft.Extensions.Options;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Quotas;
using NodaTime;

namespace Nijkerk.Vergoedingen.Municipalities;

/// <summary>
/// The municipalities as the ledger holds them, for every request that needs one. Read again once a few
/// seconds old, so a change made on any node is seen on every node without a restart; the node that made
/// the change sees it at once. An empty database is seeded once from the configuration (<c>Tenants</c>).
/// </summary>
public sealed class MunicipalityDirectory(
    IDocumentStore store, IClock clock, IOptionsMonitor<Dictionary<string, TenantSettings>> seed, IOptions<QuotaSettings> defaults)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private Snapshot? _current;

    // Counts the changes committed here: a read that began before one is not kept as fresh.
    private long _changes;

    private sealed record Snapshot(IReadOnlyDictionary<string, Municipality> BySlug, long ReadAt);

    public async Task<IReadOnlyDictionary<string, Municipality>> AllAsync(CancellationToken cancellation)
    {
        // Freshness is a matter of caching, not of the ledger's time: the machine's own ticks measure it.
        if (_current is { } current && TimeProvider.System.GetElapsedTime(current.ReadAt) < Freshness)
        {
            return current.BySlug;
        }
        var changes = Interlocked.Read(ref _changes);
        var all = await EnsureSeededAsync(cancellation);
        if (changes == Interlocked.Read(ref _changes))
        {
            _current = new Snapshot(all, TimeProvider.System.GetTimestamp());
        }
        return all;
    }

    /// <summary>The municipalities the database holds; an empty database first gets the configured ones.</summary>
    public async Task<IReadOnlyDictionary<string, Municipality>> EnsureSeededAsync(CancellationToken cancellation)
    {
        var all = await ReadAsync(cancellation);
        if (all.Count == 0)
        {
            await SeedAsync(cancellation);
            all = await ReadAsync(cancellation);
        }
        return all;
    }

    public async Task<Municipality?> FindAsync(string? slug, CancellationToken cancellation) =>
        slug is null ? null : (await AllAsync(cancellation)).GetValueOrDefault(slug);

    /// <summary>The terms of a municipality that exists (a tenant the request or message already belongs to).</summary>
    public async Task<MunicipalityTerms> TermsOfAsync(string slug, CancellationToken cancellation) =>
        (await FindAsync(slug, cancellation))?.Terms ?? throw new InvalidOperationException($"No municipality '{slug}'.");

    /// <summary>Forget what was read: the next request reads the municipalities again.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _changes);
        _current = null;
    }

    private async Task<IReadOnlyDictionary<string, Municipality>> ReadAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession(FoodValley.Tenant);
        return (await session.Query<Municipality>().ToListAsync(cancellation)).ToDictionary(m => m.Slug);
    }

    /// <summary>The configured municipalities, each added by the ledger itself; another node seeding at the same moment wins, harmlessly.</summary>
    private async Task SeedAsync(CancellationToken cancellation)
    {
        var configured = seed.CurrentValue;
        if (configured.Count == 0)
        {
            return;
        }
        await using var session = store.LightweightSession(FoodValley.Tenant);
        var now = clock.GetCurrentInstant();
        foreach (var (slug, settings) in configured)
        {
            var terms = new MunicipalityTerms(string.IsNullOrWhiteSpace(settings.Name) ? slug : settings.Name, settings.Iban, settings.Bic,
                Scheme.All, defaults.Value.DefaultCapacity, Duration.FromTimeSpan(defaults.Value.ReservationExpiry));
            session.Events.StartStream<Municipality>(Municipality.StreamKey(slug),
                new MunicipalityAdded(slug, terms, "Seeded from the configuration", SystemActor.User, SystemActor.Role, now));
        }
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception)
        {
            // Another node seeded first: its municipalities are there, which is all this wanted.
            if ((await ReadAsync(cancellation)).Count == 0)
            {
                throw;
            }
        }
    }
}

/// <summary>
/// Makes this node read the municipalities again as soon as a change to one is committed here — by the
/// API, the command line or the seeding — rather than when its copy grows old.
/// </summary>
public sealed class MunicipalityChanges(IServiceProvider services) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, Marten.Services.IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any(e => e.Data is MunicipalityAdded or MunicipalityChanged))
        {
            services.GetRequiredService<MunicipalityDirectory>().Forget();
        }
        return Task.CompletedTask;
    }
}
