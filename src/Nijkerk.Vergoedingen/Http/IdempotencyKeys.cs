using System.Security.Cryptography;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>
/// A POST or PUT with an Idempotency-Key carries it, with the hash of what was asked, to the command it
/// becomes (<see cref="CommandResults.SendAsync{T}"/>): the command's handler looks for the key's record in
/// its own transaction, and keeps the outcome there.
/// </summary>
public sealed class IdempotencyKeys(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext http)
    {
        var key = http.Request.Headers[Header].ToString();
        var tenant = http.User.FindFirst(TokenClaims.Tenant)?.Value;
        if (key.Length > 0 && tenant is not null && (HttpMethods.IsPost(http.Request.Method) || HttpMethods.IsPut(http.Request.Method)))
        {
            if (key.Length > MaxKeyLength || key.Any(char.IsControl))
            {
                await Problems.Validation(Header, $"must be 1 to {MaxKeyLength} printable characters").ToResult().ExecuteAsync(http);
                return;
            }
            http.Features.Set(IdempotencyKey.For(tenant, http.User.FindFirst(TokenClaims.User)?.Value ?? "", key, await HashAsync(http.Request)));
        }
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
