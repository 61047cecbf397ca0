using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Providers;

public sealed record RegisterProviderRequest(string? Name, string? Iban, string? Bic);

public sealed record RegisterProvider(string ProviderId, string Name, string Iban, string? Bic, Actor Actor) : ICommand<Provider>
{
    public override string ToString() => LogSafe.Describe(nameof(RegisterProvider), ProviderId, Actor);

    /// <summary>A SEPA creditor name holds at most 70 characters.</summary>
    public const int MaxName = 70;

    /// <summary>A practice the municipality pays: its name, and an account that passes the mod-97 check.</summary>
    public static Checked<RegisterProvider> Create(string providerId, string? name, string? iban, string? bic, Actor actor)
    {
        var check = new Check();
        var practice = check.Text("name", name, MaxName);
        var account = check.Iban("iban", iban, "must be a valid IBAN (ISO 13616), like NL91 ABNA 0417 1643 00");
        var code = check.Bic("bic", bic, "ABNANL2A");
        return check.Then(() => new RegisterProvider(providerId, practice, account, code, actor));
    }
}

public static class RegisterProviderEndpoint
{
    [WolverinePost("/api/providers")]
    [Authorize(Policy = Policies.Admin)]
    public static Task<Results<Created<Provider>, ProblemHttpResult>> Post(RegisterProviderRequest? body, ClaimsPrincipal user, CommandBus commands, HttpContext http) =>
        commands.SendAsync(http, RegisterProvider.Create(Guid.CreateVersion7().ToString(), body?.Name, body?.Iban, body?.Bic, user.ActorFor(Roles.Admin)))
            .Created(http, p => p.Id);
}

public static class RegisterProviderHandler
{
    public static Outcome<Provider> Handle(RegisterProvider command, IDocumentSession session, IClock clock)
    {
        var registered = new ProviderRegistered(
            command.ProviderId, command.Name, command.Iban, command.Bic, command.Actor.User, command.Actor.Role, clock.GetCurrentInstant());
        session.Events.StartStream<Provider>(command.ProviderId, registered);
        // A new practice is its registration.
        return new Provider().Evolve(registered)!;
    }
}

public sealed record ProviderList(IReadOnlyList<Provider> Items);

public static class ProviderListEndpoint
{
    [WolverineGet("/api/providers")]
    [Authorize(Policy = Policies.AnyRole)]
    public static async Task<ProviderList> Get(IQuerySession session, CancellationToken cancellation) =>
        new([.. await session.Query<Provider>().OrderBy(p => p.Name).ToListAsync(cancellation)]);
}
