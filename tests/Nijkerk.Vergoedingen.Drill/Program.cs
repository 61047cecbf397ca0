using System.Diagnostics;
using Nijkerk.Vergoedingen.Drill;
using Nijkerk.Vergoedingen.Testing;
using Npgsql;

// The fault drill: a bounded mixed load through nginx while a node is killed and started again,
// PostgreSQL restarts and the foundation is down; then every invariant and every acknowledged effect is
// read back from the raw events. ops/drill starts the cluster and runs this; `restore` runs the restore
// drill instead (RestoreDrill).
var settings = Settings.FromEnvironment();
var clock = Stopwatch.StartNew();
string T() => $"{clock.Elapsed.TotalSeconds,6:0.0} s";
await using var database = NpgsqlDataSource.Create(settings.Connection);
var cluster = new Cluster(settings, database);
await using var foundation = new Foundation(settings.FoundationPort);
await foundation.UpAsync();

// nginx's certificate is made for 127.0.0.1 by ops/cluster; nothing else is called with this client.
using var http = new HttpClient(new SocketsHttpHandler
{
    SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    MaxConnectionsPerServer = settings.Clients * 2,
})
{ BaseAddress = new Uri(settings.BaseUrl), Timeout = Timeout.InfiniteTimeSpan };
var ledger = new Ledger(http);
const string Api = "urn:nijkerk-vergoedingen:api";
var anna = await OpenIdProvider.AccessTokenAsync(settings.Issuer, "anna", Api);
var bob = await OpenIdProvider.AccessTokenAsync(settings.Issuer, "bob", Api);
var dirk = await OpenIdProvider.AccessTokenAsync(settings.Issuer, "dirk", Api);
var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).Year;
if (args is ["restore"])
{
    var carla = await OpenIdProvider.AccessTokenAsync(settings.Issuer, "carla", Api);
    return await RestoreDrill.RunAsync(settings, database, foundation, ledger, new Tokens(anna, bob, carla, dirk), year);
}

var provider = (await ledger.SendAsync(dirk, HttpMethod.Post, "/api/providers", new { name = "Praktijk De Brug", iban = "NL91ABNA0417164300", bic = "ABNANL2A" })).Str("id");
var budget = await ledger.SendAsync(bob, HttpMethod.Put, $"/api/budgets/bijzondere-bijstand/{year}", new { amount = "30000.00", reason = "Oefening" });
if (!budget.Ok)
{
    throw new InvalidOperationException($"The budget was not set: {budget.Status} {budget.Body}");
}

Console.WriteLine($"{T()}  screens: signing in through nginx and moving between nodes");
var session = await Screens.AcrossNodesAsync(settings, "anna", year);
Console.WriteLine($"{T()}  {session}");

// A cluster just started elects its leader and places the New Year within seconds.
var (newYearBefore, leaderBefore) = await cluster.HoldersAsync();
for (var wait = 0; (newYearBefore is null || leaderBefore is null) && wait < 120; wait++)
{
    await Task.Delay(500);
    (newYearBefore, leaderBefore) = await cluster.HoldersAsync();
}
var victim = (newYearBefore is { } holder ? cluster.NodeOf(holder) : null) ?? 2;
Console.WriteLine($"{T()}  New Year on Wolverine node {newYearBefore} (ops/cluster node {victim}), leader node {leaderBefore}");

var run = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
var load = new Load(ledger, anna, bob, provider, year, run);
var until = DateTimeOffset.UtcNow + settings.Load;
var loading = load.RunAsync(settings.Clients, until);
var faults = new List<(string What, DateTimeOffset From, DateTimeOffset To)>();
TimeSpan? handover = null;
int? newYearAfter = null;

async Task At(double share)
{
    var due = until - settings.Load + settings.Load * share;
    if (due > DateTimeOffset.UtcNow)
    {
        await Task.Delay(due - DateTimeOffset.UtcNow);
    }
}

await At(0.1);
Console.WriteLine($"{T()}  foundation down for {settings.FoundationDown.TotalSeconds} s");
var down = DateTimeOffset.UtcNow;
await foundation.DownAsync();
var foundationUp = Task.Run(async () =>
{
    await Task.Delay(settings.FoundationDown);
    await foundation.UpAsync();
    Console.WriteLine($"{T()}  foundation up");
    faults.Add(("foundation down", down, DateTimeOffset.UtcNow));
});

await At(0.25);
Console.WriteLine($"{T()}  kill -9 node {victim}");
var killed = DateTimeOffset.UtcNow;
await cluster.RunAsync("kill", victim.ToString(System.Globalization.CultureInfo.InvariantCulture));
var watch = Task.Run(async () =>
{
    // The New Year must move to a live node within a minute.
    while (DateTimeOffset.UtcNow - killed < TimeSpan.FromSeconds(90))
    {
        var (holder, _) = await cluster.HoldersAsync();
        if (holder is { } h && h != newYearBefore)
        {
            handover = DateTimeOffset.UtcNow - killed;
            newYearAfter = h;
            Console.WriteLine($"{T()}  New Year moved to Wolverine node {h} after {handover.Value.TotalSeconds:0.0} s");
            return;
        }
        await Task.Delay(500);
    }
});

await At(0.45);
Console.WriteLine($"{T()}  start node {victim} again");
await cluster.RunAsync("start", victim.ToString(System.Globalization.CultureInfo.InvariantCulture));
faults.Add(($"node {victim} killed", killed, DateTimeOffset.UtcNow));
Console.WriteLine($"{T()}  node {victim} ready");

await At(0.65);
Console.WriteLine($"{T()}  PostgreSQL restart (fast)");
var restarting = DateTimeOffset.UtcNow;
await cluster.RunAsync("restart-postgres");
faults.Add(("PostgreSQL restart", restarting, DateTimeOffset.UtcNow));
database.Clear(); // the drill's own connections died with the restart
Console.WriteLine($"{T()}  PostgreSQL back");

await loading;
await foundationUp;
Console.WriteLine($"{T()}  load done: {load.Requests} requests");

var emptied = await load.EmptyWaitlistAsync();
Console.WriteLine($"{T()}  waitlist emptied: {emptied} withdrawn");
// What the ledger owes after the load: every reservation notified, every due expiry run.
var settled = await Settle.WaitAsync(database, settings, settings.ReservationExpiry + TimeSpan.FromSeconds(90));
Console.WriteLine($"{T()}  settled: {settled}");
await watch;

var projections = await Cluster.VerifyProjectionsAsync(settings);
var events = await Checks.EventsAsync(database, settings.Schema, "nijkerk");
var streams = events.GroupBy(e => e.Stream).ToList();
var byStream = events.ToLookup(e => e.Stream);
var acks = load.Acks.ToList();
var counts = acks.Select(ack => ack.TimesIn(byStream)).ToList();
var retried = acks.Where(a => a.Retried).Select(a => a.TimesIn(byStream)).ToList();
var outage = faults.Single(f => f.What == "foundation down");
var notices = Notifications.Check(events, foundation.Deliveries.ToList(), (outage.From, outage.To), TimeSpan.FromSeconds(60));
var failures = ledger.Failures.ToList();
// A failure belongs to a fault when it came while the node was down or PostgreSQL restarted, or shortly after (answers in flight).
var outside = failures.Where(f => !faults.Any(x => x.What != "foundation down" && f.At >= x.From && f.At <= x.To + TimeSpan.FromSeconds(10))).ToList();

var rows = new List<(string Figure, string Value, bool Ok)>
{
    ("requests answered", $"{load.Requests}", load.Requests > 0),
    ("acknowledged writes (2xx)", $"{acks.Count}", acks.Count > 0),
    ("refusals the races rightly gave", string.Join(", ", load.Refusals.Select(r => $"{r.Key} {r.Value}")), true),
    ("unexpected answers", $"{load.Unexpected.Count} {string.Join("; ", load.Unexpected.Take(3))}", load.Unexpected.IsEmpty),
    ("quota breaks", Breaks(Checks.Quota(streams)), !Checks.Quota(streams).Any()),
    ("budget breaks", Breaks(Checks.Budget(streams)), !Checks.Budget(streams).Any()),
    ("payment breaks", Breaks(Checks.Payments(streams)), !Checks.Payments(streams).Any()),
    ("four-eyes breaks", Breaks(Checks.FourEyes(streams)), !Checks.FourEyes(streams).Any()),
    ("acknowledged effects lost", $"{counts.Count(c => c == 0)}", counts.All(c => c > 0)),
    ("acknowledged effects doubled", $"{counts.Count(c => c > 1)}", counts.All(c => c < 2)),
    ("retried keys (failed or dropped answers)", $"{ledger.Retried.Count} keys, {acks.Count(a => a.Retried)} acknowledged after a retry; {ledger.Dropped} answers dropped on purpose", true),
    ("retried keys with their effect once", $"{retried.Count(c => c == 1)} of {retried.Count}", retried.All(c => c == 1)),
    ("foundation notified once, within 60 s of a slot (or of its return)", notices.Summary, notices.Ok),
    ("expiries due / run once", settled.Expiries, settled.ExpiriesOnce),
    ("New Year scheduled per municipality", settled.NewYears, settled.NewYearsOnce),
    ("failed answers (each retried to success)", $"{failures.Count}: {string.Join(", ", failures.GroupBy(f => f.What).Select(g => $"{g.Key} {g.Count()}"))}", true),
    ("failed answers outside the node kill and the restart", $"{outside.Count}", outside.Count == 0),
    ("New Year holder before / after the kill", $"Wolverine node {newYearBefore} (ops/cluster node {victim}) / node {newYearAfter}, after {handover?.TotalSeconds:0.0} s",
        handover is { } h && h < TimeSpan.FromSeconds(60)),
    ("screens across nodes", session.ToString(), session.Ok),
    ("verify-projections", projections.Said, projections.Ok),
};
foreach (var (what, from, to) in faults)
{
    rows.Add(($"fault: {what}", $"{(to - from).TotalSeconds:0.0} s", true));
}

return await Report.WriteAsync(rows, settings.Results);

static string Breaks(IEnumerable<string> breaks)
{
    var all = breaks.ToList();
    return all.Count == 0 ? "0" : $"{all.Count}: {string.Join("; ", all.Take(3))}";
}
