using Marten;

namespace Nijkerk.Vergoedingen.Audit;

public static class Configuration
{
    public static void ConfigureAudit(this StoreOptions options) =>
        options.Schema.For<AccessRecord>().Index(r => r.CaseReference).Index(r => r.User).Index(r => r.AtUnixMs);
}
