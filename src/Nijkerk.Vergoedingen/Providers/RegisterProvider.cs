using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Providers;

public sealed record RegisterProviderRequest(string? Name, string? Iban, string? Bic);

public sealed record RegisterProvider(string ProviderId, string Name, string Iban, string? Bic, Actor Actor) : ICommand;

public static class RegisterProviderEndpoint
{
    /// <summary>A SEPA creditor name holds at most 70 characters.</summary>
    public const int MaxNameLength = 70;

    public static ProblemDetails Validate(RegisterProviderRequest? body)
    {
        if (body is null)
        {
            return Validation.MissingBody();
        }
        var check = new Validation();
        check.Text("name", body.Name, MaxNameLength);
        if (!Iban.IsValid(body.Iban))
        {
            check.Add("iban", "must be a valid IBAN (ISO 13616), like NL91 ABNA 0417 1643 00");
        }
        if (body.Bic is not null && !Bic.Shape().IsMatch(body.Bic.Trim().ToUpperInvariant()))
        {
            check.Add("bic", "must be a BIC of 8 or 11 characters, like ABNANL2A");
        }
        return check.ToProblem();
    }

    [WolverinePost("/api/providers")]
    [Authorize(Policy = Policies.Admin)]
    public static Task<IResult> Post(RegisterProviderRequest body, ClaimsPrincipal user, IMessageBus bus, HttpContext http) =>
        bus.SendAsync(http, new RegisterProvider(
            Guid.CreateVersion7().ToString(), body.Name!.Trim(), Iban.Normalize(body.Iban!), body.Bic?.Trim().ToUpperInvariant(),
            user.ActorFor(Roles.Admin)));
}

public static class RegisterProviderHandler
{
    public static CommandResult Handle(RegisterProvider command, IDocumentSession session, IClock clock)
    {
        var registered = new ProviderRegistered(
            command.ProviderId, command.Name, command.Iban, command.Bic, command.Actor.User, command.Actor.Role, clock.GetCurrentInstant());
        session.Events.StartStream<Provider>(command.ProviderId, registered);
        return CommandResult.Created($"/api/providers/{command.ProviderId}", Provider.From(registered));
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
