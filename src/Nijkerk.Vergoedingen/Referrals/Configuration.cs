using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Marten.Schema.Indexing.Unique;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Referrals;

public static class Configuration
{
    /// <summary>
    /// A referral is folded from its own stream when a command fetches it; its view is kept inline where the
    /// referrals have always been stored, indexed for the lists, the reports and retention.
    /// </summary>
    public static WebApplicationBuilder AddReferrals(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ApprovalGroups>();
        builder.Services.AddSingleton<ICommandGroup>(services => services.GetRequiredService<ApprovalGroups>());
        builder.Services.ConfigureMarten(options =>
        {
            // Folded live, never stored: its name, given before Marten maps it, leaves the view's table to the view.
            options.Schema.For<Referral>().DocumentAlias("referral_aggregate");
            options.Projections.LiveStreamAggregation<Referral>();
            options.Projections.Add(new ReferralViewProjection(), ProjectionLifecycle.Inline);
            options.Schema.For<ReferralView>()
                .DocumentAlias("referral")
                .Index(x => x.Year)
                .Index(x => x.RequestedAtUnixMs)
                .Index(x => x.RequestYear)
                .Index(x => x.Status)
                // A case's referrals, for its export and erasure, by the canonical reference: older ones hold it in the capitals typed then.
                .Index(x => x.CaseReference, index => index.Casing = ComputedIndex.Casings.Upper)
                // A queue of one status in order of request (Te beoordelen: the requested ones, oldest first),
                // read from its own part of the index however many referrals of the year have moved on.
                .Index([x => x.Status, x => x.RequestedAtUnixMs], index => index.TenancyScope = TenancyScope.PerTenant);
        });
        return builder;
    }
}
