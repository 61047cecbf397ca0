using System.Security.Cryptography;
using Marten;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Security;

namespace Nijkerk.Vergoedingen.Hosting.Idempotency;

/// <summary>
/// For a POST or PUT with an Idempotency-Key: answers a retry from its record, refuses a reused key,
/// and otherwise lets the request through carrying its key and body hash to the command handler,
/// which stores the record in the same transaction as its events.
/// </summary>
public sealed class IdempotencyKeyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext http, IDocumentStore store)
    {
        var key = http.Request.Headers[Header].ToString();
        var tenant = http.User.FindFirst(TokenClaims.Tenant)?.Value;
        if (key.Length == 0 || tenant is null || !(HttpMethods.IsPost(http.Request.Method) || HttpMethods.IsPut(http.Request.Method)))
        {
            await next(http);
            return;
        }
        if (key.Length > MaxKeyLength || key.Any(char.IsControl))
        {
            await Problems.Validation(Header, $"must be 1 to {MaxKeyLength} printable characters").ToResult().ExecuteAsync(http);
            return;
        }

        var user = http.User.FindFirst(TokenClaims.User)?.Value ?? "";
        var request = new IdempotentRequest(IdempotentRequest.RecordIdFor(tenant, user, key), await HashAsync(http.Request));
        await using (var session = store.QuerySession(tenant))
        {
            if (await session.LoadAsync<IdempotencyRecord>(request.RecordId, http.RequestAborted) is { } record)
            {
                await request.Replay(record).ExecuteAsync(http);
                return;
            }
        }
        http.Features.Set(request);
        await next(http);
    }

    /// <summary>The method, path and exact body bytes: a retry sends the same request again.</summary>
    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
