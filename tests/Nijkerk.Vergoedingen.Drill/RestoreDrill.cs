using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Nijkerk.Vergoedingen.Drill;

/// <summary>
/// The restore drill (ops/drill --restore): under load a backup is taken and writing goes on; an instant is
/// noted between acknowledged writes; after the load the cluster is restored to that instant with pgBackRest
/// and the nodes start on the copy. The copy's raw events must hold every write acknowledged before the
/// instant, once, and none sent after it; the sealed year verifies with its hash; every read model equals its
/// rebuild; and the outbox the copy inherited tells the foundation what it still owes, under the keys it used
/// before, so no notification is doubled.
/// </summary>
public static class RestoreDrill
{
    public static async Task<int> RunAsync(Settings settings, NpgsqlDataSource source, Foundation foundation, Ledger ledger, Tokens users, int year)
    {
        var clock = Stopwatch.StartNew();
        string T() => $"{clock.Elapsed.TotalSeconds,6:0.0} s";
        var ops = Path.GetDirectoryName(settings.Cluster)!;

        var provider = (await ledger.SendAsync(users.Admin, HttpMethod.Post, "/api/providers", new { name = "Praktijk De Brug", iban = "NL91ABNA0417164300", bic = "ABNANL2A" })).Str("id");
        Need(await ledger.SendAsync(users.Officer, HttpMethod.Put, $"/api/budgets/bijzondere-bijstand/{year}", new { amount = "30000.00", reason = "Oefening" }), "the budget");
        // Last year is closed and sealed before the load: its seal must verify on the copy with the same hash.
        Need(await ledger.SendAsync(users.Officer, HttpMethod.Put, $"/api/budgets/bijzondere-bijstand/{year - 1}", new { amount = "1000.00", reason = "Oefening" }), "last year's budget");
        var seal = Need(await ledger.SendAsync(users.Officer, HttpMethod.Post, $"/api/years/{year - 1}/close", new { }), "last year's close").Str("hash");
        Console.WriteLine($"{T()}  {year - 1} sealed: {seal[..12]}…");

        var run = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var load = new Load(ledger, users.Consulent, users.Officer, provider, year, run);
        var stop = false;
        var loading = load.RunAsync(settings.Clients, () => !Volatile.Read(ref stop));
        var loadStarted = DateTimeOffset.UtcNow;

        await Task.Delay(settings.Load * 0.2);
        Console.WriteLine($"{T()}  ops/backup --full under load");
        var backup = await Ops.RunAsync(ops, "backup", "--full");
        Console.WriteLine($"{T()}  {backup.Said}");

        // The foundation is down around the instant: the copy inherits notifications still owed at it,
        // some of which the original tells after it (and the copy then tells again, under the same key).
        await Task.Delay(settings.Load * 0.1);
        await foundation.DownAsync();
        // More slots while it is down: the waitlist moves up, and each new reservation is owed a notification.
        Need(await ledger.SendAsync(users.Officer, HttpMethod.Put, $"/api/quotas/houd-me-vast/{year}", new { capacity = 20, reason = "Extra plekken" }), "more slots");
        Console.WriteLine($"{T()}  foundation down; houd-me-vast {year} raised to 20 slots");
        await Task.Delay(settings.Load * 0.2);
        // PostgreSQL keeps microseconds: the instant is one it can be restored to exactly.
        var now = DateTimeOffset.UtcNow;
        var instant = new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
        Console.WriteLine($"{T()}  the instant to restore to: {instant:O}");
        await Task.Delay(settings.Load * 0.1);
        await foundation.UpAsync();
        Console.WriteLine($"{T()}  foundation up");
        await Task.Delay(settings.Load * 0.4);
        Volatile.Write(ref stop, true);
        await loading;
        Console.WriteLine($"{T()}  load done: {load.Requests} requests, {load.Acks.Count} acknowledged writes");
        // Every WAL segment up to now in the archive: a WAL switch, waited for.
        await Ops.RunAsync(ops, "backup", "--check");
        // The nodes on the original go as in a disaster (the identity provider and nginx stay for the copy).
        foreach (var node in new[] { "1", "2", "3" })
        {
            await Ops.RunAsync(ops, "cluster", "kill", node);
        }

        Console.WriteLine($"{T()}  ops/restore --to {instant:O}");
        var restoreStarted = DateTimeOffset.UtcNow;
        var restore = await Ops.RunAsync(ops, "restore", "--to", instant.ToString("O", CultureInfo.InvariantCulture), "--port", settings.RestorePort.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"{T()}  {restore.Said.Split('\n')[0]}");
        var copy = new NpgsqlConnectionStringBuilder(settings.Connection) { Port = settings.RestorePort }.ConnectionString;
        var started = Stopwatch.StartNew();
        await Ops.RunAsync(ops, "cluster", new Dictionary<string, string> { ["ConnectionStrings__Ledger"] = copy }, "up");
        var recovery = (restore.Took, started.Elapsed);
        Console.WriteLine($"{T()}  nodes ready on the copy after {recovery.Elapsed.TotalSeconds:0.0} s");

        await using var restored = NpgsqlDataSource.Create(copy);
        var events = await Checks.EventsAsync(restored, settings.Schema, "nijkerk");
        var byStream = events.ToLookup(e => e.Stream);
        var streams = events.GroupBy(e => e.Stream).ToList();
        var acks = load.Acks.ToList();
        var before = acks.Where(a => a.Received < instant).ToList();
        var after = acks.Where(a => a.Sent > instant).ToList();
        var beforeOnce = before.Count(a => a.TimesIn(byStream) == 1);
        var afterAbsent = after.Count(a => a.TimesIn(byStream) == 0);
        var stampedAfter = events.Count(e => e.At > instant && e.At < restoreStarted);
        var newest = before.Count == 0 ? (DateTimeOffset?)null : before.Max(a => a.Received);

        var verify = await ledger.SendAsync(users.Controller, HttpMethod.Get, $"/api/years/{year - 1}/verify");
        var sealOk = verify.Ok && verify.Body?["valid"]?.GetValue<bool>() == true && verify.Str("hash") == seal;
        var projections = await Cluster.VerifyProjectionsAsync(settings with { Connection = copy });
        var notices = await NoticesAsync(restored, settings, foundation, restoreStarted);
        Console.WriteLine($"{T()}  {notices.Summary}");

        var rows = new List<(string Figure, string Value, bool Ok)>
        {
            ("requests answered under load", $"{load.Requests}", load.Requests > 0),
            ("unexpected answers", $"{load.Unexpected.Count} {string.Join("; ", load.Unexpected.Take(3))}", load.Unexpected.IsEmpty),
            ("backup under load (pgBackRest, full)", backup.Said, backup.Took > TimeSpan.Zero),
            ("instant restored to", $"{instant:O}, {(instant - loadStarted).TotalSeconds:0.0} s into the load", true),
            ("writes acknowledged before the instant, on the copy once", $"{beforeOnce} of {before.Count}", before.Count > 0 && beforeOnce == before.Count),
            ("writes sent after the instant, absent from the copy", $"{afterAbsent} of {after.Count}", after.Count > 0 && afterAbsent == after.Count),
            ("writes in flight across the instant (either way)", $"{acks.Count - before.Count - after.Count}", true),
            ("events stamped after the instant on the copy", $"{stampedAfter}", stampedAfter == 0),
            ("quota breaks", Breaks(Checks.Quota(streams)), !Checks.Quota(streams).Any()),
            ("budget breaks", Breaks(Checks.Budget(streams)), !Checks.Budget(streams).Any()),
            ("payment breaks", Breaks(Checks.Payments(streams)), !Checks.Payments(streams).Any()),
            ("four-eyes breaks", Breaks(Checks.FourEyes(streams)), !Checks.FourEyes(streams).Any()),
            ($"seal of {year - 1} on the copy", sealOk ? $"valid, hash {seal[..12]}… as sealed" : $"{verify.Status} {verify.Body?.ToJsonString()}", sealOk),
            ("verify-projections on the copy", projections.Said, projections.Ok),
            ("foundation told once, the copy's outbox resumed", notices.Summary, notices.Ok),
            ("recovery point: acknowledged writes lost", $"{before.Count(a => a.TimesIn(byStream) == 0)} of {before.Count}; the newest {(instant - newest)?.TotalMilliseconds:0} ms before the instant",
                before.All(a => a.TimesIn(byStream) > 0)),
            ("restore (pgBackRest, WAL replayed to the instant)", $"{recovery.Took.TotalSeconds:0.0} s", true),
            ("nodes serving on the copy", $"{recovery.Elapsed.TotalSeconds:0.0} s", true),
            ("recovery time (restore + nodes ready)", $"{(recovery.Took + recovery.Elapsed).TotalSeconds:0.0} s", true),
        };
        return await Report.WriteAsync(rows, settings.Results);
    }

    /// <summary>
    /// Waits until every reservation on the copy was told to the foundation (or ended before its turn),
    /// then counts: each told under one key and recorded once, whatever the original told before the restore.
    /// </summary>
    private static async Task<(string Summary, bool Ok)> NoticesAsync(NpgsqlDataSource restored, Settings settings, Foundation foundation, DateTimeOffset restoreStarted)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            var events = await Checks.EventsAsync(restored, settings.Schema, "nijkerk");
            var reserved = events.Where(e => e.Type == "slot_reserved").Select(e => e.Str("referralId")).Distinct().ToList();
            var released = events.Where(e => e.Type is "slot_released" or "reservation_expired").Select(e => e.Str("referralId")).ToHashSet();
            var recorded = events.Where(e => e.Type == "foundation_notified").GroupBy(e => e.Stream).ToDictionary(g => g.Key, g => g.Count());
            var heard = foundation.Deliveries.ToList().GroupBy(d => d.ReferralId).ToDictionary(g => g.Key, g => g.ToList());
            var owed = reserved.Where(id => !released.Contains(id) || recorded.ContainsKey(id)).ToList();
            var waiting = await Settle.WaitingAsync(restored, settings.Schema, "NotifyFoundation");
            var untold = owed.Count(id => !heard.ContainsKey(id) || !recorded.ContainsKey(id));
            if ((untold == 0 && waiting == 0) || DateTimeOffset.UtcNow > deadline)
            {
                var doubled = reserved.Count(id => heard.GetValueOrDefault(id)?.Select(d => d.Key).Distinct().Count() > 1 || recorded.GetValueOrDefault(id) > 1);
                var again = reserved.Count(id => heard.GetValueOrDefault(id) is { } d && d.Any(x => x.At < restoreStarted) && d.Any(x => x.At > restoreStarted));
                var afterCopy = reserved.Count(id => heard.GetValueOrDefault(id) is { } d && d.All(x => x.At > restoreStarted));
                var unknown = heard.Keys.Count(id => !reserved.Contains(id));
                return ($"{reserved.Count} reservations on the copy: {owed.Count - untold} told, {afterCopy} of them only by the copy, " +
                        $"{again} told again after the restore under the same key, {untold} untold, {doubled} doubled; " +
                        $"{unknown} told before the restore of referrals the copy does not hold (after the instant)",
                    untold == 0 && doubled == 0);
            }
            await Task.Delay(1000);
        }
    }

    private static Answer Need(Answer answer, string what) =>
        answer.Ok ? answer : throw new InvalidOperationException($"{what}: {answer.Status} {answer.Body?.ToJsonString()}");

    private static string Breaks(IEnumerable<string> breaks)
    {
        var all = breaks.ToList();
        return all.Count == 0 ? "0" : $"{all.Count}: {string.Join("; ", all.Take(3))}";
    }
}

/// <summary>The drill's users, signed in at the test OpenID provider.</summary>
public sealed record Tokens(string Consulent, string Officer, string Controller, string Admin);

/// <summary>The ops/ scripts, run as a person would; a failing one stops the drill with what it said.</summary>
public static class Ops
{
    public static Task<(string Said, TimeSpan Took)> RunAsync(string ops, string script, params string[] arguments) =>
        RunAsync(ops, script, new Dictionary<string, string>(), arguments);

    public static async Task<(string Said, TimeSpan Took)> RunAsync(string ops, string script, IDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(ops, script), .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var took = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ops/{script} {string.Join(' ', arguments)}: {await output}{await errors}");
        }
        return ((await output).Trim(), took.Elapsed);
    }
}
