using System.Net;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Http;

/// <summary>
/// The NLGov API Design Rules' versioning: the major version in the path, the full version in an
/// API-Version header on every answer, problems included; the unversioned routes answer the same, deprecated.
/// </summary>
public class ApiVersionTests(LedgerApp app) : LedgerTest(app)
{
    [Fact]
    public async Task A_referral_is_the_same_under_v1_and_under_its_deprecated_alias()
    {
        var anna = await App.SignIn("anna", "consulent");

        var created = await anna.Post("/api/v1/referrals", Steps.HoudMeVast("Z-2026-0801"));
        var referral = await created.ShouldBe(HttpStatusCode.Created);
        var id = referral.Str("id");
        Assert.Equal($"/api/v1/referrals/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("1.0.0", created.Headers.GetValues("API-Version").Single());
        Assert.False(created.Headers.Contains("Deprecation"));

        var versioned = await anna.GetAsync($"/api/v1/referrals/{id}");
        var alias = await anna.GetAsync($"/api/referrals/{id}");
        Assert.Equal((await versioned.ShouldBe(HttpStatusCode.OK)).ToJsonString(), (await alias.ShouldBe(HttpStatusCode.OK)).ToJsonString());
        Assert.Equal("1.0.0", alias.Headers.GetValues("API-Version").Single());
        Assert.Equal("@1796601600", alias.Headers.GetValues("Deprecation").Single());
        Assert.Equal($"</api/v1/referrals/{id}>; rel=\"successor-version\"", alias.Headers.GetValues("Link").Single());

        // Created through the alias, the referral is named where it was asked for.
        var old = await anna.Post("/api/referrals", Steps.HoudMeVast("Z-2026-0802"));
        await old.ShouldBe(HttpStatusCode.Created);
        Assert.StartsWith("/api/referrals/", old.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_answer_carries_the_version_refusals_and_unknown_routes_too()
    {
        var bob = await App.SignIn("bob", "financial-officer");

        var anonymous = await App.Anonymous().GetAsync("/api/v1/referrals");
        await anonymous.ShouldBeProblem(401, "unauthorized");
        var unknown = await bob.GetAsync("/api/v1/referrals/no-such-referral");
        await unknown.ShouldBeProblem(404, "not-found");
        var invalid = await bob.Post("/api/v1/referrals/no-such-referral/approve", new { reason = "" });
        var nowhere = await bob.GetAsync("/api/v1/no-such-resource");
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);

        foreach (var answer in new[] { anonymous, unknown, invalid, nowhere })
        {
            Assert.Equal("1.0.0", answer.Headers.GetValues("API-Version").Single());
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }
    }
}
