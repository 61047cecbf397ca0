using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.Vergoedingen.Common;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Security;
using NodaTime;
using Wolverine;

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

    /// <summary>Runs a command through the same handler the API uses.</summary>
    protected async Task<Outcome> SendAsync(ICommand command)
    {
        var bus = HttpContext.RequestServices.GetRequiredService<IMessageBus>();
        var (response, _) = await bus.ExecuteAsync(command, null, HttpContext.RequestServices.GetRequiredService<IDocumentStore>(),
            HttpContext.RequestAborted);
        return Outcome.From(response);
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
