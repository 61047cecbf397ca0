namespace Nijkerk.Vergoedingen.Foundation;

/// <summary>
/// In Development, a stand-in for the foundation's intake, so <c>ops/run</c> shows notifications going
/// out without a partner system; appsettings.Development.json points <c>HoudMeVast:Endpoint</c> here.
/// </summary>
public static class DevFoundation
{
    public static void MapDevFoundation(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapPost("/dev/houd-me-vast", (FoundationReferral referral, ILogger<FoundationReferral> logger) =>
            {
                logger.LogInformation("Stichting Houd Me Vast (stand-in) received {CaseReference} for {Year}, slot {Slot}",
                    referral.CaseReference, referral.Year, referral.Slot);
                return Results.Accepted();
            }).AllowAnonymous();
        }
    }
}
