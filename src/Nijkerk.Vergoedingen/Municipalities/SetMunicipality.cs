using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Municipalities;

public sealed record MunicipalityRequest(
    string? Slug, string? Name, string? Iban, string? Bic, string[]? Schemes, int? DefaultCapacity, string? ReservationExpiry, string? Reason);

/// <summary>Adds a municipality to the region (<see cref="Adding"/>) or changes how an existing one works.</summary>
/// <remarks>A municipality's id is its slug (<c>nijkerk</c>), which is also its tenant.</remarks>
public sealed partial record SetMunicipality(string MunicipalityId, MunicipalityTerms Terms, string Reason, bool Adding, Actor Actor) : ICommand
{
    public override string ToString() => LogSafe.Describe(nameof(SetMunicipality), MunicipalityId, Actor);

    public const int MaxCapacity = 1000;

    [GeneratedRegex("^[a-z][a-z-]{1,39}$")]
    private static partial Regex SlugShape();

    public static Checked<SetMunicipality> Create(
        string? slug, string? name, string? iban, string? bic, IReadOnlyList<Scheme>? schemes, int? defaultCapacity, Duration? reservationExpiry,
        string? reason, bool adding, Actor actor)
    {
        var check = new Check();
        if (slug is null || !SlugShape().IsMatch(slug) || slug == FoodValley.Tenant)
        {
            check.Fail("slug", slug is null ? Rules.Required : Rules.Shape, "must be the municipality's name in lower case letters and dashes, like nijkerk");
        }
        var called = check.Text("name", name, Providers.RegisterProvider.MaxName);
        var account = check.Iban("iban", iban, "must be the municipality's valid IBAN (ISO 13616)");
        var code = check.Bic("bic", bic, "BNGHNL2G");
        if (schemes is not { Count: > 0 })
        {
            check.Fail("schemes", Rules.Required, "must name at least one scheme the municipality offers");
        }
        var capacity = check.Whole("defaultCapacity", defaultCapacity, 0, MaxCapacity);
        if (reservationExpiry is not { } expiry || expiry < Duration.FromDays(1) || expiry > Duration.FromDays(365))
        {
            check.Fail("reservationExpiry", reservationExpiry is null ? Rules.Required : Rules.OutOfRange, "must be from 1 to 365 days, like 56.00:00:00");
        }
        var why = string.IsNullOrWhiteSpace(reason) ? (adding ? "Added to the region" : "Changed by the region") : check.Text("reason", reason);
        return check.Then(() => new SetMunicipality(slug!,
            new MunicipalityTerms(called, account, code, [.. schemes!.Distinct()], capacity, reservationExpiry!.Value), why, adding, actor));
    }

}

public static class AddMunicipalityEndpoint
{
    [Answers<MunicipalityDetails>(StatusCodes.Status201Created)]
    [WolverinePost("/api/municipalities")]
    [Authorize(Policy = Policies.RegionAdmin)]
    public static Task<IResult> Post(MunicipalityRequest? body, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        MunicipalityRequests.SendAsync(body, body?.Slug, adding: true, user, bus, http);
}

public static class ChangeMunicipalityEndpoint
{
    [Answers<MunicipalityDetails>]
    [WolverinePut("/api/municipalities/{slug}")]
    [Authorize(Policy = Policies.RegionAdmin)]
    public static Task<IResult> Put(string slug, MunicipalityRequest? body, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        MunicipalityRequests.SendAsync(body, slug, adding: false, user, bus, http);
}

public static class MunicipalityRequests
{
    /// <summary>Reads the request's JSON shapes, then sends the one command.</summary>
    public static Task<IResult> SendAsync(MunicipalityRequest? body, string? slug, bool adding, ClaimsPrincipal user, IMessageBus bus, HttpContext http)
    {
        var read = new Validation();
        var (schemes, expiry) = Read(read, body?.Schemes, body?.ReservationExpiry);
        return !read.IsValid
            ? Task.FromResult(read.ToResult())
            : bus.SendAsync(http, SetMunicipality.Create(slug, body?.Name, body?.Iban, body?.Bic, schemes, body?.DefaultCapacity, expiry, body?.Reason,
                adding, user.ActorFor(Roles.RegionAdmin)));
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

public static class SetMunicipalityHandler
{
    public static async Task<(Answer, OutgoingMessages)> Handle(
        SetMunicipality command, IDocumentSession session, IClock clock, IConfiguration configuration, MunicipalityDirectory directory,
        CancellationToken cancellation)
    {
        // The configured municipalities first: an empty database seeded after this one would not be seeded at all.
        await directory.EnsureSeededAsync(cancellation);
        var answer = await AppendAsync(command, session, clock, cancellation);
        // A new municipality's New Year is scheduled now, as the calendar does for the others when it starts.
        return (answer, answer.Refused || !command.Adding || !Quotas.ScheduleNewYear.Enabled(configuration)
            ? []
            : [.. Quotas.ScheduleNewYear.Around(clock.GetCurrentInstant()).Select(s => s.WithTenantId(command.MunicipalityId))]);
    }

    /// <summary>Decides and appends, for the session's owner to commit: Wolverine here, the command line's <c>tenants add</c> there.</summary>
    public static async Task<Answer> AppendAsync(SetMunicipality command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var key = Municipality.StreamKey(command.MunicipalityId);
        var stream = await session.Events.FetchForWriting<Municipality>(key, cancellation);
        var decision = Decide(stream.Aggregate, command, clock.GetCurrentInstant());
        if (decision.IsRefused)
        {
            return decision.Refusal!;
        }
        await session.AppendAsync(decision, cancellation, stream);
        var after = Municipality.Fold(stream.Aggregate, decision.On(key))!;
        return command.Adding ? Answer.Created(command.MunicipalityId, MunicipalityDetails.From(after)) : Answer.Done(MunicipalityDetails.From(after));
    }

    /// <summary>A slug is added once; only a municipality that exists can be changed. What it offers from now on applies to new requests.</summary>
    public static Decision Decide(Municipality? existing, SetMunicipality command, Instant now)
    {
        var (actor, key) = (command.Actor, Municipality.StreamKey(command.MunicipalityId));
        if (command.Adding)
        {
            return existing is not null
                ? Refusal.InvalidTransition($"The region already has a municipality '{command.MunicipalityId}'; change it instead.")
                : Decision.To(new Change(key, new MunicipalityAdded(command.MunicipalityId, command.Terms, command.Reason, actor.User, actor.Role, now)));
        }
        return existing is null
            ? Refusal.NotFound("Municipality")
            : Decision.To(new Change(key, new MunicipalityChanged(command.MunicipalityId, command.Terms, command.Reason, actor.User, actor.Role, now)));
    }
}
