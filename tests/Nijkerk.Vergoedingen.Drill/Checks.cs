using System.Text.Json;
using Npgsql;

namespace Nijkerk.Vergoedingen.Drill;

/// <summary>A stored event as PostgreSQL holds it, with its body parsed.</summary>
public sealed record Stored(string Stream, long Version, string Type, JsonElement Data, DateTimeOffset At)
{
    public string Str(string name) => Data.GetProperty(name).GetString()!;

    public decimal Amount(string name = "amount") => Data.GetProperty(name).GetDecimal();
}

/// <summary>
/// The invariants of DESIGN.md read from the raw events in <c>mt_events</c>, not from any read model: each
/// year stream is walked event by event, so a state that broke a rule for one instant shows.
/// </summary>
public static class Checks
{
    public static async Task<List<Stored>> EventsAsync(NpgsqlDataSource database, string schema, string tenant)
    {
        var events = new List<Stored>();
        await using var command = database.CreateCommand(
            $"select stream_id, version, type, data::text, timestamp from {schema}.mt_events where tenant_id = @tenant order by stream_id, version");
        command.Parameters.AddWithValue("tenant", tenant);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(new(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), JsonDocument.Parse(reader.GetString(3)).RootElement, reader.GetFieldValue<DateTimeOffset>(4)));
        }
        return events;
    }

    /// <summary>Reserved slots never above capacity; the waitlist's positions unique and without gaps.</summary>
    public static IEnumerable<string> Quota(IEnumerable<IGrouping<string, Stored>> streams)
    {
        foreach (var stream in streams.Where(s => s.First().Type == "quota_year_opened"))
        {
            int capacity = 0, inUse = 0;
            var waitlist = new List<string>();
            foreach (var e in stream)
            {
                switch (e.Type)
                {
                    case "quota_year_opened": capacity = e.Data.GetProperty("capacity").GetInt32(); break;
                    case "quota_capacity_adjusted": capacity = e.Data.GetProperty("to").GetInt32(); break;
                    case "slot_reserved": inUse++; waitlist.Remove(e.Str("referralId")); break;
                    case "slot_released" or "reservation_expired": inUse--; break;
                    case "waitlist_left": waitlist.Remove(e.Str("referralId")); break;
                    case "referral_waitlisted":
                        var position = e.Data.GetProperty("position").GetInt32();
                        if (position != waitlist.Count + 1 || waitlist.Contains(e.Str("referralId")))
                        {
                            yield return $"{stream.Key} v{e.Version}: waitlist position {position} where {waitlist.Count + 1} was next";
                        }
                        waitlist.Add(e.Str("referralId"));
                        break;
                }
                if (inUse > capacity || inUse < 0)
                {
                    yield return $"{stream.Key} v{e.Version}: {inUse} slots in use of {capacity}";
                }
            }
        }
    }

    /// <summary>Open commitments and payments never above the budget.</summary>
    public static IEnumerable<string> Budget(IEnumerable<IGrouping<string, Stored>> streams)
    {
        foreach (var stream in streams.Where(s => s.First().Type == "budget_year_opened"))
        {
            decimal budget = 0, inUse = 0, paid = 0;
            foreach (var e in stream)
            {
                switch (e.Type)
                {
                    case "budget_year_opened": budget = e.Amount(); break;
                    case "budget_adjusted": budget = e.Amount("to"); break;
                    case "funds_committed": inUse += e.Amount(); break;
                    case "commitment_released": inUse -= e.Amount(); break;
                    case "payment_booked": paid += e.Amount(); break;
                    case "payment_returned": paid -= e.Amount(); break;
                }
                if (inUse > budget || paid > inUse)
                {
                    yield return $"{stream.Key} v{e.Version}: {inUse} committed and paid ({paid} paid) of a budget of {budget}";
                }
            }
        }
    }

    /// <summary>No claim paid beyond its approval, no approvals beyond the commitment, one payment per bank reference and one claim per invoice.</summary>
    public static IEnumerable<string> Payments(IEnumerable<IGrouping<string, Stored>> streams)
    {
        var references = new HashSet<string>();
        var invoices = new HashSet<string>();
        foreach (var referral in streams.Where(s => s.First().Type == "training_requested"))
        {
            var committed = referral.Where(e => e.Type == "funds_committed").Sum(e => e.Amount());
            var approved = referral.Where(e => e.Type == "claim_approved").ToDictionary(e => e.Str("claimId"), e => e.Amount());
            if (approved.Values.Sum() > committed)
            {
                yield return $"{referral.Key}: claims approved for {approved.Values.Sum()} of a commitment of {committed}";
            }
            // What the bank brought back is unpaid again, and may be paid once more.
            foreach (var claim in referral.Where(e => e.Type is "payment_booked" or "payment_returned").GroupBy(e => e.Str("claimId")))
            {
                var paid = claim.Sum(e => e.Type == "payment_booked" ? e.Amount() : -e.Amount());
                if (paid > approved.GetValueOrDefault(claim.Key))
                {
                    yield return $"{referral.Key}: claim {claim.Key} paid {paid} of {approved.GetValueOrDefault(claim.Key)} approved";
                }
            }
            foreach (var e in referral.Where(e => e.Type == "payment_booked"))
            {
                if (!references.Add(e.Str("reference")))
                {
                    yield return $"bank reference {e.Str("reference")} booked twice";
                }
            }
            foreach (var e in referral.Where(e => e.Type == "claim_recorded"))
            {
                if (!invoices.Add($"{e.Str("payeeId")}/{e.Str("invoiceNumber")}"))
                {
                    yield return $"invoice {e.Str("invoiceNumber")} claimed twice";
                }
            }
        }
    }

    /// <summary>Who requested a referral never approved it; who recorded a claim never approved it.</summary>
    public static IEnumerable<string> FourEyes(IEnumerable<IGrouping<string, Stored>> streams)
    {
        static string Who(Stored e) => e.Str("by").Trim().ToUpperInvariant();
        foreach (var referral in streams.Where(s => s.First().Type == "training_requested"))
        {
            var requester = Who(referral.First());
            if (referral.Any(e => e.Type == "referral_approved" && Who(e) == requester))
            {
                yield return $"{referral.Key}: approved by its requester";
            }
            var recorders = referral.Where(e => e.Type == "claim_recorded").ToDictionary(e => e.Str("claimId"), Who);
            if (referral.Any(e => e.Type == "claim_approved" && recorders.GetValueOrDefault(e.Str("claimId")) == Who(e)))
            {
                yield return $"{referral.Key}: a claim approved by its recorder";
            }
        }
    }
}
