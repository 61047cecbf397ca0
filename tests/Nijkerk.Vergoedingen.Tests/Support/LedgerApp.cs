using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// The whole app, as ops/run serves it, on a real PostgreSQL, with a fake clock. Tests drive it over
/// HTTP exactly as API.md says; each test class starts from empty data.
/// </summary>
public sealed class LedgerApp : IAsyncLifetime
{
    /// <summary>A Monday in March: well inside the year, so "this year" is 2026.</summary>
    public static readonly Instant DefaultNow = Instant.FromUtc(2026, 3, 2, 9, 0);

    /// <summary>The shared key /dev/token signs with in the Development test hosts.</summary>
    public const string TestSigningKey = "test-signing-key-of-at-least-thirty-two-bytes";

    private WebApplicationFactory<Program>? _factory;

    public LedgerDatabase Database { get; private set; } = null!;

    public FakeClock Clock { get; } = new(DefaultNow);

    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        TestLogs.Start();
        Database = await LedgerDatabase.StartAsync();
        _factory = Host("Development");
        using var warm = _factory.CreateClient();
        await warm.GetAsync("/health/ready");
    }

    /// <summary>The app in an environment of choice, on the same database and clock.</summary>
    public WebApplicationFactory<Program> Host(string environment, Action<IWebHostBuilder>? configure = null)
    {
        JasperFxEnvironment.AutoStartHost = true;
        return new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:Ledger", Database.ConnectionString);
            builder.UseSetting("Ledger:Schema", Database.Schema);
            if (environment == "Development")
            {
                builder.UseSetting("Auth:SigningKey", TestSigningKey);
            }
            else
            {
                foreach (var (key, value) in KeyRingCertificate.Settings)
                {
                    builder.UseSetting(key, value);
                }
            }
            // Tests that talk to a foundation start their own; the rest keep notifications pending.
            builder.UseSetting("HoudMeVast:Endpoint", "");
            // Every test class reaches the shared host from one address and signs in anew, as the same few
            // users: the rate limit tests set their own allowances.
            builder.UseSetting("RateLimits:SignIn:PermitLimit", "100000");
            builder.UseSetting("RateLimits:SignInPerAddress:PermitLimit", "100000");
            builder.UseSetting("RateLimits:Screens:PermitLimit", "100000");
            builder.UseSetting("RateLimits:Expensive:PermitLimit", "100000");
            builder.UseSetting("RateLimits:Webhook:PermitLimit", "100000");
            // New Year opens every municipality's year by itself: only the tests about it want that.
            builder.UseSetting("Quotas:ScheduleNewYear", "false");
            builder.ConfigureLogging(TestLogs.Configure);
            builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
            configure?.Invoke(builder);
        });
    }

    /// <summary>
    /// The app as a municipality runs it: Production, trusting only the identity provider ops/test
    /// starts, addressed over HTTPS as its proxy would forward it.
    /// </summary>
    public WebApplicationFactory<Program> ProductionHost(Action<IWebHostBuilder>? configure = null) =>
        Host("Production", builder =>
        {
            IdentityProvider.Trust(builder);
            configure?.Invoke(builder);
        });

    public async Task ResetAsync()
    {
        Clock.Reset(DefaultNow);
        await Services.GetRequiredService<IDocumentStore>().Advanced.ResetAllData();
        // The emptied database is seeded again from the configuration, as a new deployment's is.
        var municipalities = Services.GetRequiredService<Nijkerk.Vergoedingen.Municipalities.MunicipalityDirectory>();
        municipalities.Forget();
        await municipalities.EnsureSeededAsync(CancellationToken.None);
    }

    public HttpClient Anonymous() => _factory!.CreateClient();

    /// <summary>A client of the shared test host signed in through /dev/token.</summary>
    public Task<HttpClient> SignIn(string user, string role, string tenant = "nijkerk") => _factory!.SignIn(user, role, tenant);

    /// <summary>Events in the ledger; Marten's tombstones for failed appends are not ledger events.</summary>
    /// <summary>The events of the municipalities' ledgers (not the region's own streams, which say how each municipality is set up).</summary>
    public Task<long> EventCountAsync() =>
        Database.ScalarAsync<long>("select count(*) from {schema}.mt_events where stream_id <> 'mt_tombstone' and tenant_id <> 'foodvalley'");

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await Database.DisposeAsync();
    }
}

public static class HostSignIn
{
    /// <summary>A client of a Development host signed in through /dev/token, as a user with this role in a municipality.</summary>
    public static async Task<HttpClient> SignIn(this WebApplicationFactory<Program> host, string user, string role, string tenant = "nijkerk")
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/dev/token", new { user, roles = new[] { role }, tenant });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class LedgerCollection : ICollectionFixture<LedgerApp>
{
    public const string Name = "ledger";
}

/// <summary>Base for tests against the running app: fresh data for every test.</summary>
[Collection(LedgerCollection.Name)]
public abstract class LedgerTest(LedgerApp app) : IAsyncLifetime
{
    protected LedgerApp App { get; } = app;

    public virtual Task InitializeAsync() => App.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}

public static class HostStart
{
    /// <summary>Why the host refused to start: the messages of what it threw, outermost first (a host that starts fails the test).</summary>
    public static string Refusal(this WebApplicationFactory<Program> host) => Flatten(Assert.ThrowsAny<Exception>(() => host.Server));

    private static string Flatten(Exception exception) =>
        exception.InnerException is null ? exception.Message : $"{exception.Message} {Flatten(exception.InnerException)}";
}
