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
            var year = new QuotaTally();
            foreach (var e in stream)
            {
                if (year.Apply(e) is { } wrong)
                {
                    yield return $"{stream.Key} v{e.Version}: {wrong}";
                }
                if (year.InUse > year.Capacity || year.InUse < 0)
                {
                    yield return $"{stream.Key} v{e.Version}: {year.InUse} slots in use of {year.Capacity}";
                }
            }
        }
    }

    /// <summary>Open commitments and payments never above the budget.</summary>
    public static IEnumerable<string> Budget(IEnumerable<IGrouping<string, Stored>> streams)
    {
        foreach (var stream in streams.Where(s => s.First().Type == "budget_year_opened"))
        {
            var year = new BudgetTally();
            foreach (var e in stream)
            {
                year.Apply(e);
                if (year.Committed > year.Amount || year.Paid > year.Committed)
                {
                    yield return $"{stream.Key} v{e.Version}: {year.Committed} committed and paid ({year.Paid} paid) of a budget of {year.Amount}";
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

/// <summary>A houd-me-vast year as its stream has told it so far, event by event.</summary>
public sealed class QuotaTally
{
    public int Capacity { get; private set; }

    /// <summary>Slots reserved and not released or expired: consumed ones stay in use.</summary>
    public int InUse { get; private set; }

    public List<string> Waitlist { get; } = [];

    public bool Closed { get; private set; }

    /// <summary>Takes one event of the year's stream; says what is wrong with a waitlist position, if anything.</summary>
    public string? Apply(Stored e)
    {
        switch (e.Type)
        {
            case "quota_year_opened": Capacity = e.Data.GetProperty("capacity").GetInt32(); break;
            case "quota_capacity_adjusted": Capacity = e.Data.GetProperty("to").GetInt32(); break;
            case "slot_reserved": InUse++; Waitlist.Remove(e.Str("referralId")); break;
            case "slot_released" or "reservation_expired": InUse--; break;
            case "waitlist_left": Waitlist.Remove(e.Str("referralId")); break;
            case "year_closed": Closed = true; break;
            case "referral_waitlisted":
                var position = e.Data.GetProperty("position").GetInt32();
                var wrong = position != Waitlist.Count + 1 || Waitlist.Contains(e.Str("referralId"))
                    ? $"waitlist position {position} where {Waitlist.Count + 1} was next" : null;
                Waitlist.Add(e.Str("referralId"));
                return wrong;
        }
        return null;
    }
}

/// <summary>A bijzondere-bijstand year as its stream has told it so far: commitments include what was paid of them.</summary>
public sealed class BudgetTally
{
    public decimal Amount { get; private set; }

    public decimal Committed { get; private set; }

    public decimal Paid { get; private set; }

    public bool Closed { get; private set; }

    public void Apply(Stored e)
    {
        switch (e.Type)
        {
            case "budget_year_opened": Amount = e.Amount(); break;
            case "budget_adjusted": Amount = e.Amount("to"); break;
            case "funds_committed": Committed += e.Amount(); break;
            case "commitment_released": Committed -= e.Amount(); break;
            case "payment_booked": Paid += e.Amount(); break;
            // What the bank brought back is unpaid again.
            case "payment_returned": Paid -= e.Amount(); break;
            case "year_closed": Closed = true; break;
        }
    }
}
