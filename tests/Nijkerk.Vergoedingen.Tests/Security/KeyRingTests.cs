using System.Net;
using System.Text.RegularExpressions;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Tests.Support;

namespace Nijkerk.Vergoedingen.Tests.Security;

/// <summary>Data Protection keys live in PostgreSQL: every node reads the cookies and forms another one issued.</summary>
public class KeyRingTests(LedgerApp app) : LedgerTest(app)
{
    private static HttpClient Browser(WebApplicationFactory<Program> node) =>
        node.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    [Fact]
    public async Task A_form_and_a_cookie_issued_by_one_node_are_accepted_by_another_on_the_same_database()
    {
        await using var first = App.Host("Development");
        await using var second = App.Host("Development");

        // The sign-in form comes from the first node; the load balancer sends its post to the second.
        var form = await Browser(first).GetAsync("/inloggen");
        var token = Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        var post = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["user"] = "anna", ["tenant"] = "nijkerk", ["returnUrl"] = "/",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            }),
        };
        post.Headers.Add("Cookie", Cookies(form));
        var signedIn = await Browser(second).SendAsync(post);
        // And the next page back to the first node, with the cookie the second one issued.
        var start = new HttpRequestMessage(HttpMethod.Get, "/");
        start.Headers.Add("Cookie", Cookies(signedIn));
        var page = await Browser(first).SendAsync(start);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("anna (nijkerk)", await page.Content.ReadAsStringAsync());
        Assert.True(await App.Database.ScalarAsync<long>("select count(*) from {schema}.mt_doc_dataprotectionkey") >= 1);
    }

    [Fact]
    public async Task The_key_ring_is_the_one_in_the_database_and_nowhere_else()
    {
        await using var first = App.Host("Development");
        var signIn = await Browser(first).GetAsync("/inloggen");
        var cookies = Cookies(signIn);
        var token = Regex.Match(await signIn.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        await App.Database.ScalarAsync<int>("delete from {schema}.mt_doc_dataprotectionkey; select 1");

        // A node that starts now finds no key in the database: it cannot read what the first one issued.
        await using var second = App.Host("Development");
        var post = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["user"] = "anna", ["tenant"] = "nijkerk", ["returnUrl"] = "/",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            }),
        };
        post.Headers.Add("Cookie", cookies);
        var refused = await Browser(second).SendAsync(post);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public void Outside_development_the_app_does_not_start_without_a_certificate_for_the_key_ring()
    {
        using var production = App.ProductionHost(builder => builder.UseSetting("DataProtection:Certificate:Path", ""));

        Assert.Contains("DataProtection:Certificate:Path", production.Refusal());
    }

    [Fact]
    public async Task Outside_development_every_stored_key_holds_its_secret_encrypted_also_one_written_before()
    {
        const string Purpose = "key-ring-test";
        // A key written without encryption, as every node wrote them before the ring was encrypted.
        await using var before = App.Host("Development");
        var issued = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("issued before");
        Assert.Contains(await StoredKeysAsync(), xml => xml.Contains("<masterKey", StringComparison.Ordinal));

        await using var production = App.ProductionHost();
        var protector = production.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
        Assert.Equal("issued before", protector.Unprotect(issued));
        protector.Protect("issued now");

        var keys = await StoredKeysAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
        // Another node reads the encrypted ring back with the certificate.
        await using var next = App.ProductionHost();
        Assert.Equal("issued before", next.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(issued));
    }

    private async Task<IReadOnlyList<string>> StoredKeysAsync()
    {
        await using var session = App.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return [.. (await session.Query<DataProtectionKey>().ToListAsync()).Select(k => k.Xml)];
    }
}
