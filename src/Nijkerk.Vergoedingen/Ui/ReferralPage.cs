using Marten;
using Nijkerk.Vergoedingen.Referrals;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>
/// One page of referrals for a screen, oldest request first, and how many there are — counted up to
/// <see cref="CountUpTo"/> only: an exact count of a year of thousands reads all of them, on every view,
/// and nobody pages that far.
/// </summary>
public sealed record ReferralPage(IReadOnlyList<ReferralView> Items, int Number, int Size, int? Total, bool HasNext)
{
    public const int CountUpTo = 1000;

    /// <summary>"37", or "meer dan 1.000" past the count's limit.</summary>
    public string TotalText => Total is { } total ? total.ToString(Dutch.Culture) : $"meer dan {CountUpTo.ToString("N0", Dutch.Culture)}";

    /// <summary>"van 3" when the number of pages is known.</summary>
    public string OfPages => Total is { } total ? $"van {Math.Max(1, (total + Size - 1) / Size)}" : "";

    public static async Task<ReferralPage> ReadAsync(IQueryable<ReferralView> referrals, int number, int size, CancellationToken cancellation)
    {
        // By the request's instant alone, which its index gives in order: a second key would make PostgreSQL
        // sort every matching referral for each page. Requests in the same millisecond have no fixed order.
        var rows = await referrals.OrderBy(r => r.RequestedAtUnixMs)
            .Skip((number - 1) * size).Take(size + 1).ToListAsync(cancellation);
        var counted = (await referrals.Select(r => r.Id).Take(CountUpTo + 1).ToListAsync(cancellation)).Count;
        return new ReferralPage([.. rows.Take(size)], number, size, counted > CountUpTo ? null : counted, rows.Count > size);
    }
}
