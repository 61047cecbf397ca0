using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine.Http;

namespace Nijkerk.Vergoedingen.Mandates;

/// <summary>The register as it stood at an instant: every mandate recorded by then.</summary>
public sealed record MandateRegisterPage(Instant AsOf, IReadOnlyList<Mandate> Items)
{
    public static MandateRegisterPage Of(MandateRegister? register, Instant asOf) => new(asOf, register?.AsOf(asOf) ?? []);
}

public static class MandateRegisterEndpoint
{
    [WolverineGet("/api/mandates")]
    [Authorize(Policy = Policies.ReadMandates)]
    public static async Task<Results<Ok<MandateRegisterPage>, ProblemHttpResult>> Get(string? asOf, IQuerySession session, IClock clock, CancellationToken cancellation)
    {
        var read = new Validation();
        var at = read.Instant("asOf", asOf);
        if (!read.IsValid)
        {
            return read.ToResult();
        }
        return TypedResults.Ok(MandateRegisterPage.Of(await session.LoadAsync<MandateRegister>(MandateRegister.StreamKey, cancellation), at ?? clock.GetCurrentInstant()));
    }
}
