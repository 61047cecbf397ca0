using JasperFx;
using Nijkerk.Vergoedingen.Allocation;
using Nijkerk.Vergoedingen.Audit;
using Nijkerk.Vergoedingen.BankStatements;
using Nijkerk.Vergoedingen.Budgets;
using Nijkerk.Vergoedingen.CaseSystem;
using Nijkerk.Vergoedingen.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Foundation;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Http.OpenApi;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Journal;
using Nijkerk.Vergoedingen.Mandates;
using Nijkerk.Vergoedingen.Municipalities;
using Nijkerk.Vergoedingen.Payments;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Providers;
using Nijkerk.Vergoedingen.Quotas;
using Nijkerk.Vergoedingen.Referrals;
using Nijkerk.Vergoedingen.Retention;
using Nijkerk.Vergoedingen.Security;
using Nijkerk.Vergoedingen.Ui;
using Nijkerk.Vergoedingen.Years;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // ops/run starts the built assembly from the repository root; settings live beside the assembly.
    ContentRootPath = AppContext.BaseDirectory,
});

// What every feature stands on.
builder.AddInfrastructure();
builder.AddCommands();
builder.AddHttpEdge();

// The features.
builder.AddSecurity();
builder.AddMunicipalities();
builder.AddReferrals();
builder.AddQuotas();
builder.AddBudgets();
builder.AddAllocation();
builder.AddProviders();
builder.AddClaims();
builder.AddPayments();
builder.AddBankStatements();
builder.AddJournal();
builder.AddMandates();
builder.AddYears();
builder.AddFoundation();
builder.AddCaseSystem();
builder.AddAudit();
builder.AddPrivacy();
builder.AddRetention();
builder.AddScreens();

var app = builder.Build();

app.UseLedgerTransport();
app.UseApiVersions();
app.UseSecurityHeaders();
app.UseLedgerProblems();
// Scripts and styles hold nothing personal: a browser may keep them, asking whether they changed.
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache" });
// Explicitly after the error pages, so a page re-executed for an error is routed again.
app.UseRouting();
app.UseCors();
app.UseSignInRateLimit();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMiddleware<IdempotencyKeys>();
app.MapLedgerHealth();
app.MapLedgerMetrics();
app.MapDevTokens();
app.MapDevFoundation();
app.MapDevZakenApi();
app.MapLedgerOpenApi();
app.MapScreens();
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
