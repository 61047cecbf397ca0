using JasperFx.Events.Projections;
using Marten;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Privacy;

public static class Configuration
{
    /// <summary>Each erasure, kept inline; and the erasable texts typed about a case, found by case and by referral.</summary>
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Erasure>(SnapshotLifecycle.Inline);
            options.Schema.For<PersonalText>().Index(x => x.CaseReference).Index(x => x.ReferralId!);
        });
        return builder;
    }
}
