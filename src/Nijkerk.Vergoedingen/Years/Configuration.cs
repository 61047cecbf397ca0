using Marten;

namespace Nijkerk.Vergoedingen.Years;

public static class Configuration
{
    public static void ConfigureYears(this StoreOptions options)
    {
        options.Events.MapEventType<ReferralCarriedOver>("referral_carried_over");
        options.Events.MapEventType<YearClosed>("year_closed");
        options.Events.MapEventType<YearSealed>("year_sealed");
        options.Schema.For<SealManifest>();
    }

    public static IServiceCollection AddYears(this IServiceCollection services) =>
        services.AddSingleton<YearLedger>().AddSingleton<Audit.ProjectionVerifier>();
}
