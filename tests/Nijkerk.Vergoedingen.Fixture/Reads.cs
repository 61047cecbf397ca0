namespace Nijkerk.Vergoedingen.Fixture;

/// <summary>One view of the ledger, as someone with this role in this municipality asks for it.</summary>
public sealed record Read(string User, string Role, string Tenant, string Path);

/// <summary>
/// Every view the story's history shows: allocations now and as they stood, every referral and its trail, the
/// work queues, the batch and its SEPA file, the seals, the year trails, the reports' numbers and the region.
/// Reads that grow with every read (the access log, an export listing who looked) are left out.
/// </summary>
public static class Reads
{
    public static IEnumerable<Read> Of(Story story)
    {
        Read Officer(string tenant, string path) => new($"bob-{tenant}", "financial-officer", tenant, path);
        Read Controller(string tenant, string path) => new($"carla-{tenant}", "controller", tenant, path);

        foreach (var year in new[] { 2025, 2026, 2027 })
        {
            yield return Officer("nijkerk", $"/api/allocation/{year}");
        }
        yield return Officer("nijkerk", "/api/allocation/2025?asOf=2025-11-10T00:00:00Z");
        yield return Officer("nijkerk", "/api/allocation/2026?asOf=2026-01-05T12:00:00Z");
        yield return Officer("nijkerk", "/api/referrals?year=2025");
        yield return Officer("nijkerk", "/api/referrals?year=2026&pageSize=200");
        yield return Officer("nijkerk", "/api/referrals?year=2026&scheme=houd-me-vast&status=Waitlisted");
        yield return Officer("nijkerk", "/api/referrals?page=2&pageSize=5");
        foreach (var status in new[] { "Submitted", "Approved", "Paid", "Rejected" })
        {
            yield return Officer("nijkerk", $"/api/claims?status={status}");
        }
        yield return Officer("nijkerk", $"/api/payment-batches/{story.Batch}");
        yield return Officer("nijkerk", $"/api/payment-batches/{story.Batch}/file");
        yield return Officer("nijkerk", "/api/providers");

        foreach (var (name, id) in story.Referrals.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var tenant = story.Tenants[name];
            yield return Officer(tenant, $"/api/referrals/{id}");
            yield return Controller(tenant, $"/api/referrals/{id}/events");
            if (name.StartsWith('H') || name == "B1" || name == "B2")
            {
                yield return Officer(tenant, $"/api/referrals/{id}?asOf=2025-12-01T00:00:00Z");
            }
        }
        yield return Controller("nijkerk", $"/api/referrals/{story.Referrals["B1"]}/events.csv");

        foreach (var year in new[] { 2025, 2026 })
        {
            yield return Controller("nijkerk", $"/api/years/{year}/verify");
            yield return Controller("nijkerk", $"/api/years/{year}/events?pageSize=1000");
            yield return Controller("nijkerk", $"/reports/{year}.csv");
        }
        yield return Controller("nijkerk", "/api/years/2025/events.csv");
        yield return Controller("nijkerk", "/api/years/2025/events?scheme=bijzondere-bijstand&page=2&pageSize=10");

        foreach (var tenant in new[] { "ede", "rhenen", "leusden" })
        {
            yield return Officer(tenant, "/api/allocation/2026");
        }
        foreach (var year in new[] { 2025, 2026 })
        {
            yield return new Read("ria", "regional-controller", "foodvalley", $"/api/region/allocation/{year}");
        }
        yield return new Read("ria", "regional-controller", "foodvalley", "/reports/region/2026.csv");
        yield return new Read("rob", "region-admin", "foodvalley", "/api/municipalities");
    }
}
