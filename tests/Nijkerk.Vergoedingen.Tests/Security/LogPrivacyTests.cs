using System.Collections.Concurrent;
using System.Net;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Tests.Support;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>No personal data in the application log: no case reference, no IBAN, nothing a person typed.</summary>
public class LogPrivacyTests(LedgerApp app) : LedgerTest(app)
{
    /// <summary>Every line the host logs, at the levels its configuration lets through.</summary>
    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }

    /// <summary>A Dutch IBAN with a random account number and its mod-97 check digits.</summary>
    private static string RandomIban()
    {
        var account = string.Concat(Enumerable.Range(0, 10).Select(_ => Random.Shared.Next(10)));
        // ABNA becomes 10 11 23 10, NL00 becomes 23 21 00.
        var check = 98 - (int)(BigInteger.Parse($"10112310{account}232100") % 97);
        return $"NL{check:00}ABNA{account}";
    }

    [Fact]
    public async Task A_whole_referral_on_both_routes_with_a_household_payee_leaves_no_personal_data_in_the_log()
    {
        var log = new CapturedLog();
        await using var host = App.Host("Development", builder => builder.ConfigureLogging(logging => logging.AddProvider(log)));
        var anna = await host.SignIn("anna", "consulent");
        var bob = await host.SignIn("bob", "financial-officer");
        // Letters only, so no digit of it can look like a BSN; everything a person types below carries it.
        var mark = string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26))));
        var iban = RandomIban();
        await bob.SetBudget("10000.00");

        var slot = await anna.RequestedReferral(new { caseReference = $"Z-{mark}-1", scheme = "houd-me-vast", year = 2026, motivation = $"Gezin {mark} in crisis" });
        await bob.Approve(slot, $"Akkoord voor {mark}");
        await (await anna.Post($"/api/referrals/{slot}/schedule", new { provider = $"Praktijk {mark}", startDate = "2026-03-14" })).ShouldBe(HttpStatusCode.OK);
        var withdrawn = await anna.RequestedReferral(new { caseReference = $"Z-{mark}-2", scheme = "houd-me-vast", year = 2026, motivation = $"Ouders {mark}" });
        await (await anna.Post($"/api/referrals/{withdrawn}/withdraw", new { reason = $"Gezin {mark} verhuisd" })).ShouldBe(HttpStatusCode.OK);
        var money = await anna.RequestedReferral(new
        {
            caseReference = $"Z-{mark}-3", scheme = "bijzondere-bijstand", year = 2026, motivation = $"Draagkracht {mark}", cost = "1450.00", ownContribution = "200.00",
        });
        await bob.Approve(money, $"Draagkracht van {mark} getoetst");
        var claim = (await (await anna.Post($"/api/referrals/{money}/claims",
            new { invoiceNumber = "F-1", amount = "600.00", payee = "household", iban, name = $"Familie {mark}" })).ShouldBe(HttpStatusCode.Created)).Str("claimId");
        await bob.ApproveClaim(money, claim);
        await (await bob.Post($"/api/referrals/{money}/claims/{claim}/payments", new { amount = "600.00", paidOn = "2026-03-02", reference = "BANK-1" })).ShouldBe(HttpStatusCode.Created);
        var refused = (await (await anna.Post($"/api/referrals/{money}/claims",
            new { invoiceNumber = "F-2", amount = "100.00", payee = "household", iban, name = $"Familie {mark}" })).ShouldBe(HttpStatusCode.Created)).Str("claimId");
        await (await bob.Post($"/api/referrals/{money}/claims/{refused}/reject", new { reason = $"Bon van {mark} onleesbaar" })).ShouldBe(HttpStatusCode.OK);
        await (await anna.GetAsync($"/api/referrals/{money}/events")).ShouldBe(HttpStatusCode.OK);

        var text = string.Join('\n', log.Lines);
        Assert.Contains("Application started", text); // the log was listened to
        Assert.DoesNotContain(mark, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(iban, text);
        Assert.DoesNotContain(iban[4..], text);
    }

    [Fact]
    public void A_command_describes_itself_by_its_ids_and_actor_only_since_a_failed_one_is_logged_whole()
    {
        var commands = typeof(ICommand).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(ICommand).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(commands);
        foreach (var type in commands)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var parameters = constructor.GetParameters();
            var command = constructor.Invoke([.. parameters.Select(Sample)]);

            var described = command.ToString()!;

            foreach (var text in parameters.Where(p => !p.Name!.EndsWith("Id", StringComparison.Ordinal)).Select(p => Sample(p)).OfType<string>())
            {
                Assert.False(described.Contains(text, StringComparison.Ordinal), $"{type.Name} writes {text} into the log: {described}");
            }
            Assert.DoesNotContain("NL91ABNA0417164300", described);
        }
    }

    private static object? Sample(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(string) => $"typed-{parameter.Name}",
        var t when t == typeof(Actor) => new Actor("anna", "consulent", "nijkerk"),
        var t when t == typeof(Scheme) => Scheme.HoudMeVast,
        var t when t == typeof(PayeeAccount) => new PayeeAccount("account-1", "NL91ABNA0417164300", "typed-holder"),
        var t when t.IsValueType => RuntimeHelpers.GetUninitializedObject(t),
        _ => null,
    };
}
