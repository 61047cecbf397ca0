using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Http;
using NodaTime;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>What every screen needs: who is signed in, the municipality's data, and the command handlers.</summary>
public abstract class LedgerPage : PageModel
{
    private IQuerySession? _query;

    /// <summary>A message for the next page, after a command succeeded and the browser was redirected.</summary>
    [TempData]
    public string? Notice { get; set; }

    public string UserName => User.FindFirst(TokenClaims.User)?.Value ?? "";

    public string Tenant => User.FindFirst(TokenClaims.Tenant)?.Value ?? "";

    public bool Is(string role) => User.IsInRole(role);

    protected IClock Clock => HttpContext.RequestServices.GetRequiredService<IClock>();

    protected int CurrentYear => Amsterdam.YearOf(Clock.GetCurrentInstant());

    protected IQuerySession Query => _query ??= HttpContext.RequestServices.GetRequiredService<IDocumentStore>().QuerySession(Tenant);

    protected Actor ActorAs(params string[] roles) => User.ActorFor(roles);

    protected Instant Now => Clock.GetCurrentInstant();

    /// <summary>Records that this user looked at personal data, as the API does (<see cref="AccessLog"/>).</summary>
    protected Task RecordAccessAsync(string action, string subject, string? caseReference) => AccessLog.RecordAsync(
        HttpContext.RequestServices.GetRequiredService<IDocumentStore>(), User, action, subject, caseReference, Now, HttpContext.RequestAborted);

    /// <summary>Runs a command through the same handler the API uses, and reads its outcome as the handler gave it.</summary>
    protected Task<Outcome<T>> SendAsync<T>(ICommand<T> command) where T : class =>
        HttpContext.RequestServices.GetRequiredService<CommandBus>().SendAsync(command, null, HttpContext.RequestAborted);

    /// <summary>
    /// Sends the command the API's factory built when every rule passed; a refusal of either puts the rules'
    /// Dutch words beside the fields, under <paramref name="prefix"/>.
    /// </summary>
    protected async Task<Outcome<T>> SendAsync<T>(IChecked<ICommand<T>> command, IDictionary<string, string> errors, string prefix = "") where T : class
    {
        var outcome = await HttpContext.RequestServices.GetRequiredService<CommandBus>().SendAsync(command, null, HttpContext.RequestAborted);
        if (outcome.Refusal is { } refusal)
        {
            DutchMessages.Into(refusal, errors, prefix);
        }
        return outcome;
    }

    /// <summary>Euros as typed here; what cannot be read as an amount is marked, the rest is for the command's rules.</summary>
    protected static decimal? Euros(IDictionary<string, string> errors, string key, string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DutchAmount.TryParse(text, out var euros))
        {
            return euros;
        }
        errors[key] = message;
        return null;
    }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        try
        {
            await next();
        }
        finally
        {
            if (_query is not null)
            {
                await _query.DisposeAsync();
            }
        }
    }
}
