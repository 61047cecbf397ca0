using System.Text.RegularExpressions;
using Marten;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using NodaTime;
using Wolverine;

namespace Nijkerk.Vergoedingen.Municipalities;

/// <summary>Adds a municipality to the region (<see cref="Adding"/>) or changes how an existing one works.</summary>
/// <remarks>A municipality's id is its slug (<c>nijkerk</c>), which is also its tenant.</remarks>
public sealed partial record SetMunicipality(string MunicipalityId, MunicipalityTerms Terms, string Reason, bool Adding, Actor Actor) : ICommand<MunicipalityDetails>
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

public static class SetMunicipalityHandler
{
    public static async Task<(Outcome<MunicipalityDetails>, OutgoingMessages)> Handle(
        SetMunicipality command, IDocumentSession session, IClock clock, IConfiguration configuration, MunicipalityDirectory directory,
        CancellationToken cancellation)
    {
        // The configured municipalities first: an empty database seeded after this one would not be seeded at all.
        await directory.EnsureSeededAsync(cancellation);
        var outcome = await AppendAsync(command, session, clock, cancellation);
        // A new municipality's New Year is scheduled now, as the calendar does for the others when it starts.
        return (outcome, outcome.Refusal is not null || !command.Adding || !Quotas.ScheduleNewYear.Enabled(configuration)
            ? []
            : [.. Quotas.ScheduleNewYear.Around(clock.GetCurrentInstant()).Select(s => s.WithTenantId(command.MunicipalityId))]);
    }

    /// <summary>Decides and appends, for the session's owner to commit: Wolverine here, the command line's <c>tenants add</c> there.</summary>
    public static async Task<Outcome<MunicipalityDetails>> AppendAsync(SetMunicipality command, IDocumentSession session, IClock clock, CancellationToken cancellation)
    {
        var key = Municipality.StreamKey(command.MunicipalityId);
        var stream = await session.Events.FetchForWriting<Municipality>(key, cancellation);
        var decision = Decide(stream.Aggregate, command, clock.GetCurrentInstant());
        if (decision.Refusal is { } refusal)
        {
            return refusal;
        }
        await session.AppendAsync(decision, cancellation, stream);
        return MunicipalityDetails.From((await session.Events.ProjectLatest<Municipality>(key, cancellation))!);
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
