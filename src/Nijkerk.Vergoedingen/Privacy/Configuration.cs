using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Privacy;

public static class Configuration
{
    public static void ConfigurePrivacy(this StoreOptions options)
    {
        options.Events.MapEventType<ErasureRequested>("erasure_requested");
        options.Events.MapEventType<PersonalDataErased>("personal_data_erased");
        options.Projections.Add(new ErasureProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<PersonalText>().Index(x => x.CaseReference).Index(x => x.ReferralId!);
    }
}
