using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Municipalities;

public sealed record MunicipalityRequest(
    string? Slug, string? Name, string? Iban, string? Bic, string[]? Schemes, int? DefaultCapacity, string? ReservationExpiry, string? Reason);

public static class AddMunicipalityEndpoint
{
    [WolverinePost("/api/municipalities")]
    [Authorize(Policy = Policies.RegionAdmin)]
    public static Task<Results<Created<MunicipalityDetails>, ProblemHttpResult>> Post(MunicipalityRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, MunicipalityRequests.Read(body, body?.Slug, adding: true, user)).Created(http, m => m.Slug);
}

public static class ChangeMunicipalityEndpoint
{
    [WolverinePut("/api/municipalities/{slug}")]
    [Authorize(Policy = Policies.RegionAdmin)]
    public static Task<Results<Ok<MunicipalityDetails>, ProblemHttpResult>> Put(
        string slug, MunicipalityRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, MunicipalityRequests.Read(body, slug, adding: false, user)).Ok();
}

public static class MunicipalityRequests
{
    /// <summary>Reads the request's JSON shapes into the one command: its refusal, or the command.</summary>
    public static IChecked<SetMunicipality> Read(MunicipalityRequest? body, string? slug, bool adding, ClaimsPrincipal user)
    {
        var read = new Validation();
        var (schemes, expiry) = Read(read, body?.Schemes, body?.ReservationExpiry);
        return read.Refusal is { } unread
            ? new Checked<SetMunicipality>(null, unread)
            : SetMunicipality.Create(slug, body?.Name, body?.Iban, body?.Bic, schemes, body?.DefaultCapacity, expiry, body?.Reason, adding,
                user.ActorFor(Roles.RegionAdmin));
    }

    /// <summary>What the API and the command line both take as text: schemes by slug, the expiry as days.hh:mm:ss.</summary>
    public static (List<Scheme>? Schemes, Duration? Expiry) Read(Validation read, IEnumerable<string>? schemes, string? expiry)
    {
        var offered = schemes?.Select((s, i) => read.Scheme($"schemes[{i}]", s)).OfType<Scheme>().ToList();
        if (expiry is null)
        {
            return (offered, null);
        }
        if (TimeSpan.TryParseExact(expiry, "c", CultureInfo.InvariantCulture, out var span))
        {
            return (offered, Duration.FromTimeSpan(span));
        }
        read.Add("reservationExpiry", "must be a period like 56.00:00:00 (days.hours:minutes:seconds)");
        return (offered, null);
    }
}
