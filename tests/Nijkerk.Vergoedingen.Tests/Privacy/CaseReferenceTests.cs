using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Tests.Support;
using NodaTime;

namespace Nijkerk.Vergoedingen.Tests.Privacy;

/// <summary>
/// One case, one reference: a request keeps it in capitals, and the export, the erasure and the access log find a case
/// whatever capitals it is asked in — also one stored, as the ledger did before, in the capitals typed then.
/// </summary>
public class CaseReferenceTests(LedgerApp app) : LedgerTest(app)
{
    private static readonly Actor Pia = new("pia", Roles.PrivacyOfficer, "nijkerk");

    /// <summary>A command as the ledger ran it before references were canonical: built without its factory, stored as typed.</summary>
    private async Task<T> AsBeforeAsync<T>(ICommand<T> command) where T : class
    {
        using var scope = App.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CommandBus>().SendAsync(command, null, CancellationToken.None);
        Assert.Null(outcome.Refusal);
        return outcome.Value!;
    }

    /// <summary>An erasure asked for before references were canonical: its event and its reason appended as they were stored then.</summary>
    private async Task<string> ErasureAskedBeforeAsync(string caseReference, string reason)
    {
        var id = Guid.CreateVersion7().ToString();
        var key = Erasure.StreamKey(id);
        var text = new PersonalText($"{key}/reason", caseReference, null, reason, PersonalText.NewSalt());
        await using var session = App.Services.GetRequiredService<IDocumentStore>().LightweightSession("nijkerk");
        session.Events.StartStream<Erasure>(key, new ErasureRequested(id, caseReference, text.Digest, Pia.User, Pia.Role, App.Clock.GetCurrentInstant()));
        session.Store(text);
        await session.SaveChangesAsync();
        return id;
    }

    private Task<ReferralDetails> RequestedBeforeAsync(string caseReference, string motivation) => AsBeforeAsync(new RequestTraining(
        Guid.CreateVersion7().ToString(), caseReference, Scheme.HoudMeVast, 2026, motivation, null, null, Given.Anna));

    [Theory]
    [InlineData(" z-2026-0001 ", "Z-2026-0001")]
    [InlineData("zaak/2026/17", "ZAAK/2026/17")]
    [InlineData("Z-2026-0001", "Z-2026-0001")]
    public void A_request_keeps_the_case_reference_trimmed_and_in_capitals(string typed, string kept) =>
        Assert.Equal(kept, RequestTraining.Create("r1", typed, Scheme.HoudMeVast, 2026, "Uitzonderlijk geval", null, null, Given.Anna, Given.Now).Command!.CaseReference);

    [Fact]
    public async Task The_export_finds_a_case_whatever_its_capitals_also_a_referral_stored_in_lower_case_before()
    {
        var anna = await App.SignIn("anna", "consulent");
        var bob = await App.SignIn("bob", "financial-officer");
        var carla = await App.SignIn("carla", "controller");
        var pia = await App.SignIn("pia", "privacy-officer");
        var old = await RequestedBeforeAsync("z-2026-0801", "Oude motivatie");
        Assert.Equal("z-2026-0801", old.CaseReference);
        await (await bob.GetAsync($"/api/referrals/{old.Id}")).ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(Duration.FromDays(1));

        var created = await (await anna.Post("/api/referrals", Steps.HoudMeVast(" z-2026-0801 "))).ShouldBe(HttpStatusCode.Created);

        Assert.Equal("Z-2026-0801", created.Str("caseReference"));
        foreach (var asked in new[] { "Z-2026-0801", "z-2026-0801", "z-2026-0801%20" })
        {
            var export = await pia.GetJson($"/api/cases/{asked}/export");
            Assert.Equal("Z-2026-0801", export.Str("caseReference"));
            Assert.Equal([old.Id, created.Str("id")], export["referrals"]!.AsArray().Select(r => r!["referral"].Str("id")));
            Assert.Equal(["Oude motivatie", "Eigen Plan en Doorbraakmethode doorlopen"], export["referrals"]!.AsArray().Select(r => r.Str("motivation")));
            Assert.Contains(export["accessLog"]!.AsArray(), look => look.Str("user") == "bob" && look.Str("subject") == old.Id);
        }
        var looks = await carla.GetJson("/api/access-log?caseReference=Z-2026-0801");
        Assert.Contains(looks["items"]!.AsArray(), look => look.Str("user") == "bob" && look.Str("subject") == old.Id);
        Assert.Equal(3, looks["items"]!.AsArray().Count(look => look.Str("action") == "case-export"));
    }

    [Fact]
    public async Task An_erasure_in_any_capitals_erases_the_case_also_what_was_stored_or_asked_in_lower_case_before()
    {
        var anna = await App.SignIn("anna", "consulent");
        var pia = await App.SignIn("pia", "privacy-officer");
        var piet = await App.SignIn("piet", "privacy-officer");
        await RequestedBeforeAsync("z-2026-0802", "Oude motivatie");
        var asked = await ErasureAskedBeforeAsync("z-2026-0802", "Brief van de betrokkene");
        await anna.RequestedReferral(Steps.HoudMeVast("Z-2026-0802"));

        var erased = await (await piet.Post($"/api/cases/Z-2026-0802/erase/{asked}/confirm")).ShouldBe(HttpStatusCode.OK);

        // Both motivations, the old one's in lower case, and the erasure's own reason.
        Assert.Equal(("Erased", 3), (erased.Str("status"), erased["documents"]!.GetValue<int>()));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_doc_personaltext where data ->> 'text' <> '[gewist]'"));
        var again = await (await pia.Post("/api/cases/z-2026-0802/erase", new { reason = "Tweede verzoek" })).ShouldBe(HttpStatusCode.Accepted);
        Assert.Equal("Z-2026-0802", again.Str("caseReference"));
        await (await piet.Post($"/api/cases/z-2026-0802/erase/{again.Str("id")}/confirm")).ShouldBe(HttpStatusCode.OK);
        await (await piet.Post($"/api/cases/Z-2026-0803/erase/{asked}/confirm")).ShouldBeProblem(404, "not-found");
    }

    [Fact]
    public async Task A_case_reference_with_a_slash_is_addressed_with_the_slash_escaped_in_the_path()
    {
        var anna = await App.SignIn("anna", "consulent");
        var pia = await App.SignIn("pia", "privacy-officer");
        var piet = await App.SignIn("piet", "privacy-officer");
        var id = await anna.RequestedReferral(Steps.HoudMeVast("zaak/2026/0803"));

        var export = await pia.GetJson("/api/cases/ZAAK%2F2026%2F0803/export");

        Assert.Equal("ZAAK/2026/0803", export.Str("caseReference"));
        Assert.Equal([id], export["referrals"]!.AsArray().Select(r => r!["referral"].Str("id")));
        var asked = await (await pia.Post("/api/cases/zaak%2f2026%2f0803/erase", new { reason = "Verzoek van de betrokkene" })).ShouldBe(HttpStatusCode.Accepted);
        var erased = await (await piet.Post($"/api/cases/ZAAK%2F2026%2F0803/erase/{asked.Str("id")}/confirm")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(("Erased", 2), (erased.Str("status"), erased["documents"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.NotFound, (await pia.GetAsync("/api/cases/ZAAK/2026/0803/export")).StatusCode);
    }
}
