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
    private readonly List<(string Action, string Subject, string? CaseReference)> _shown = [];

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

    /// <summary>
    /// Says that this answer shows personal data, where it is loaded to be shown. Whichever handler ends up showing
    /// it — a GET, or a refused form that shows the page again with its problem — the read is recorded as the API
    /// records it (<see cref="AccessLog"/>), once the handler has chosen its answer and before the answer is written.
    /// </summary>
    protected void Shows(string action, string subject, string? caseReference) => _shown.Add((action, subject, caseReference));

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
            var executed = await next();
            if (executed.Exception is null || executed.ExceptionHandled)
            {
                var store = HttpContext.RequestServices.GetRequiredService<IDocumentStore>();
                foreach (var (action, subject, caseReference) in _shown)
                {
                    await AccessLog.RecordAsync(store, User, action, subject, caseReference, Now, HttpContext.RequestAborted);
                }
            }
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
