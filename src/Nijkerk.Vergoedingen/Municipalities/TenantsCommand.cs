using System.Globalization;
using JasperFx.CommandLine;
using Marten;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.Municipalities;

public sealed class TenantsInput : NetCoreInput
{
    [Description("list, or add")]
    public string Action { get; set; } = "list";

    [Description("add: the municipality's slug, its tenant (lower case, like leusden)")]
    public string? SlugFlag { get; set; }

    [Description("add: its name, like \"Gemeente Leusden\"")]
    public string? NameFlag { get; set; }

    [Description("add: its own account, the debtor of its payment batches")]
    public string? IbanFlag { get; set; }

    [Description("add: the BIC of that account")]
    public string? BicFlag { get; set; }

    [Description("add: the schemes it offers, separated by commas")]
    public string SchemesFlag { get; set; } = "houd-me-vast,bijzondere-bijstand";

    [Description("add: the capacity of a houd-me-vast year nobody has set")]
    public int CapacityFlag { get; set; } = 10;

    [Description("add: how long a reservation may wait to be scheduled, days.hh:mm:ss")]
    public string ExpiryFlag { get; set; } = "56.00:00:00";

    [Description("add: why, as the event will record it")]
    public string? ReasonFlag { get; set; }

    [Description("add: who adds it (recorded as a region-admin)")]
    public string? UserFlag { get; set; }
}

/// <summary>
/// <c>tenants list</c> prints the region's municipalities; <c>tenants add</c> adds one through the same
/// command, rules and handler as <c>POST /api/municipalities</c>, recorded as a region-admin's act.
/// </summary>
[Description("Lists the region's municipalities, or adds one as POST /api/municipalities does", Name = "tenants")]
public sealed class TenantsCommand : JasperFxAsyncCommand<TenantsInput>
{
    public override async Task<bool> Execute(TenantsInput input)
    {
        using var host = input.BuildHost();
        var directory = host.Services.GetRequiredService<MunicipalityDirectory>();
        if (input.Action == "add")
        {
            return await AddAsync(input, host.Services);
        }
        if (input.Action != "list")
        {
            await Console.Error.WriteLineAsync($"Unknown action '{input.Action}': list or add.");
            return false;
        }
        foreach (var m in (await directory.AllAsync(CancellationToken.None)).Values.OrderBy(m => m.Slug, StringComparer.Ordinal))
        {
            var t = m.Terms;
            Console.WriteLine($"{m.Slug,-14} {t.Name,-24} {t.Iban ?? "-",-22} {string.Join(",", t.Schemes),-36} " +
                $"capacity {t.DefaultCapacity}, expiry {t.ReservationExpiry.ToTimeSpan().ToString("c", CultureInfo.InvariantCulture)}");
        }
        return true;
    }

    private static async Task<bool> AddAsync(TenantsInput input, IServiceProvider services)
    {
        if (string.IsNullOrWhiteSpace(input.UserFlag))
        {
            await Console.Error.WriteLineAsync("tenants add needs --user: the event records who added the municipality.");
            return false;
        }
        var read = new Http.Validation();
        var (schemes, expiry) = MunicipalityRequests.Read(
            read, input.SchemesFlag.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), input.ExpiryFlag);
        if (read.ToProblem() is Microsoft.AspNetCore.Mvc.ValidationProblemDetails unread)
        {
            await Console.Error.WriteLineAsync($"validation: {string.Join(" ", unread.Errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}."))}");
            return false;
        }
        var made = SetMunicipality.Create(input.SlugFlag, input.NameFlag, input.IbanFlag, input.BicFlag,
            schemes, input.CapacityFlag, expiry, input.ReasonFlag, adding: true, new Actor(input.UserFlag.Trim(), Roles.RegionAdmin, FoodValley.Tenant));
        var refusal = made.Refusal;
        if (made.Command is { } command)
        {
            refusal = (await AddAsync(command, services)).Refusal;
        }
        if (refusal is not null || made.Command is not { } added)
        {
            await Console.Error.WriteLineAsync($"{refusal?.Code}: {refusal?.Detail}");
            return false;
        }
        Console.WriteLine($"Added {added.MunicipalityId}: {added.Terms.Name}. Every node uses it within {MunicipalityDirectory.Freshness.TotalSeconds:0} seconds.");
        return true;
    }

    private static async Task<Outcome<MunicipalityDetails>> AddAsync(SetMunicipality command, IServiceProvider services)
    {
        await services.GetRequiredService<MunicipalityDirectory>().EnsureSeededAsync(CancellationToken.None);
        await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession(FoodValley.Tenant);
        var outcome = await SetMunicipalityHandler.AppendAsync(command, session, services.GetRequiredService<IClock>(), CancellationToken.None);
        if (outcome.Refusal is null)
        {
            await session.SaveChangesAsync();
        }
        return outcome;
    }
}
