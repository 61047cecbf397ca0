using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Privacy;

public static class Configuration
{
    /// <summary>
    /// Each erasure, kept inline; and the erasable texts typed about a case, found by referral and by case — in capitals,
    /// as the canonical reference finds them whatever capitals they were stored in.
    /// </summary>
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Erasure>(SnapshotLifecycle.Inline);
            options.Schema.For<PersonalText>().Index(x => x.CaseReference, index => index.Casing = ComputedIndex.Casings.Upper).Index(x => x.ReferralId!);
        });
        return builder;
    }
}
