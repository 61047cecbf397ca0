using JasperFx;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Hosting;
using Nijkerk.Vergoedingen.Hosting.Idempotency;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Retention;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Ui;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using Wolverine;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // ops/run starts the built assembly from the repository root; settings live beside the assembly.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.Configure<QuotaSettings>(builder.Configuration.GetSection("Quotas"));
builder.Services.Configure<RetentionSettings>(builder.Configuration.GetSection("Retention"));
builder.Services.AddYears();
builder.Services.ConfigureHttpJsonOptions(options => LedgerJson.Configure(options.SerializerOptions));
builder.AddLedgerProblems();
builder.AddLedgerSecurity();
builder.AddLedgerTransport();
builder.AddLedgerDataProtection();
builder.AddLedgerRateLimits();
builder.AddLedgerStore();
builder.AddLedgerMessaging();
builder.AddLedgerHealth();
builder.AddFoundation();
builder.AddMunicipalities();
builder.Services.AddWolverineHttp();
builder.Services.AddSingularAgent<CalendarAgent>();
builder.Services.AddLedgerOpenApi();
builder.Services.AddRazorComponents();
builder.AddLedgerScreens();

var app = builder.Build();

app.UseLedgerTransport();
app.UseSecurityHeaders();
app.UseLedgerProblems();
// Scripts and styles hold nothing personal: a browser may keep them, asking whether they changed.
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache" });
// Explicitly after the error pages, so a page re-executed for an error is routed again.
app.UseRouting();
app.UseSignInRateLimit();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMiddleware<IdempotencyKeyMiddleware>();
app.MapLedgerHealth();
app.MapDevTokens();
app.MapDevFoundation();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapRazorPages();
app.MapWolverineEndpoints(options =>
{
    options.TenantId.IsClaimTypeNamed(TokenClaims.Tenant);
    options.TenantId.AssertExists();
    options.WarmUpRoutes = RouteWarmup.Eager;
    options.RequireAuthorizeOnAll();
});

return await app.RunJasperFxCommands(args);

/// <summary>The entry point, visible to the integration tests' host.</summary>
public partial class Program;
