using System.Text.Json;
using Nijkerk.Vergoedingen.Drill;

namespace Nijkerk.Vergoedingen.Tests.Simulation;

public sealed record ClaimState(string Id, decimal Amount, string RecordedBy, bool Approved, bool Rejected, decimal Paid);

public sealed record ReferralState(
    string Id, string CaseReference, string Scheme, int Year, string Status, string RequestedBy, decimal Cost, decimal Committed,
    IReadOnlyDictionary<string, ClaimState> Claims, string? ReservedAt);

public sealed record QuotaState(int Capacity, int InUse, IReadOnlyList<string> Waitlist, bool Closed);

public sealed record BudgetState(decimal Amount, decimal Committed, decimal Paid, bool Closed);

/// <summary>
/// The reference model: a municipality's ledger folded from its raw events in <c>mt_events</c> by this code
/// alone, never by the app's aggregates or projections. Predictions are made from it, read models are
/// compared with it, and what must happen once is counted in it.
/// </summary>
public sealed class Model
{
    public Dictionary<string, ReferralState> Referrals { get; } = [];

    public Dictionary<int, QuotaState> Quotas { get; } = [];

    public Dictionary<int, BudgetState> Budgets { get; } = [];

    /// <summary>Things that must happen at most once, and happened more often: (what, how often).</summary>
    public List<string> Repeated { get; } = [];

    public IReadOnlyList<Stored> Events { get; private init; } = [];

    public static Model Fold(IReadOnlyList<Stored> events)
    {
        var model = new Model { Events = events };
        foreach (var stream in events.GroupBy(e => e.Stream))
        {
            var first = stream.First();
            switch (first.Type)
            {
                case "training_requested": model.Referral(stream.ToList()); break;
                case "quota_year_opened": model.Quota(stream.ToList()); break;
                case "budget_year_opened": model.Budget(stream.ToList()); break;
            }
        }
        return model;
    }

    private void Referral(List<Stored> stream)
    {
        var requested = stream[0];
        var referral = new ReferralState(requested.Str("referralId"), requested.Str("caseReference"), requested.Str("scheme"),
            requested.Data.GetProperty("year").GetInt32(), "Requested", requested.Str("by"),
            requested.Data.TryGetProperty("cost", out var cost) && cost.ValueKind == JsonValueKind.Number ? cost.GetDecimal() : 0m,
            0m, new Dictionary<string, ClaimState>(), null);
        var claims = new Dictionary<string, ClaimState>();
        foreach (var e in stream.Skip(1))
        {
            referral = e.Type switch
            {
                "referral_rejected" => referral with { Status = "Rejected" },
                "slot_reserved" => referral with { Status = "Reserved", ReservedAt = e.Data.GetProperty("at").GetString() },
                "reservation_expired" => referral with { Status = "Expired" },
                "referral_waitlisted" => referral with { Status = "Waitlisted" },
                "funds_committed" => referral with { Status = "Committed", Committed = referral.Committed + e.Amount() },
                "commitment_released" => referral with { Committed = referral.Committed - e.Amount() },
                "training_scheduled" => referral with { Status = "Scheduled" },
                "training_completed" => referral with { Status = "Completed" },
                "referral_withdrawn" => referral with { Status = "Withdrawn" },
                "referral_closed" => referral with { Status = "Closed" },
                "referral_carried_over" => referral with { Year = e.Data.GetProperty("toYear").GetInt32() },
                _ => referral,
            };
            switch (e.Type)
            {
                case "claim_recorded":
                    claims[e.Str("claimId")] = new(e.Str("claimId"), e.Amount(), e.Str("by"), false, false, 0m);
                    break;
                case "claim_approved":
                    claims[e.Str("claimId")] = claims[e.Str("claimId")] with { Approved = true };
                    break;
                case "claim_rejected":
                    claims[e.Str("claimId")] = claims[e.Str("claimId")] with { Rejected = true };
                    break;
                case "payment_booked":
                    claims[e.Str("claimId")] = claims[e.Str("claimId")] with { Paid = claims[e.Str("claimId")].Paid + e.Amount() };
                    break;
                case "payment_returned":
                    claims[e.Str("claimId")] = claims[e.Str("claimId")] with { Paid = claims[e.Str("claimId")].Paid - e.Amount() };
                    break;
            }
        }
        Referrals[referral.Id] = referral with { Claims = claims };
        Once(stream, "referral_approved", e => e.Stream);
        Once(stream, "referral_withdrawn", e => e.Stream);
        Once(stream, "reservation_expired", e => $"{e.Stream} {e.Str("reservedAt")}");
        Once(stream, "referral_carried_over", e => $"{e.Stream} {e.Data.GetProperty("fromYear").GetInt32()}");
        Once(stream, "claim_approved", e => e.Str("claimId"));
    }

    private void Quota(List<Stored> stream)
    {
        var year = new QuotaTally();
        stream.ForEach(e => year.Apply(e));
        Quotas[stream[0].Data.GetProperty("year").GetInt32()] = new(year.Capacity, year.InUse, year.Waitlist, year.Closed);
    }

    private void Budget(List<Stored> stream)
    {
        var year = new BudgetTally();
        stream.ForEach(year.Apply);
        Budgets[stream[0].Data.GetProperty("year").GetInt32()] = new(year.Amount, year.Committed, year.Paid, year.Closed);
    }

    private void Once(IEnumerable<Stored> stream, string type, Func<Stored, string> key)
    {
        foreach (var twice in stream.Where(e => e.Type == type).GroupBy(key).Where(g => g.Count() > 1))
        {
            Repeated.Add($"{type} {twice.Count()} times for {twice.Key}");
        }
    }
}
