namespace Nijkerk.Vergoedingen.Municipalities;

/// <summary>A municipality using this deployment, configured under <c>Tenants:{slug}</c>.</summary>
public sealed class TenantSettings
{
    public string Name { get; set; } = "";

    /// <summary>The municipality's own account, the debtor of every payment batch.</summary>
    public string? Iban { get; set; }

    public string? Bic { get; set; }
}

/// <summary>
/// On start, an empty database gets the configured municipalities before any request asks for one. A
/// database not reachable yet is no reason not to start: the first request that needs them seeds it.
/// </summary>
public sealed class MunicipalitySeeding(MunicipalityDirectory directory, ILogger<MunicipalitySeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await directory.EnsureSeededAsync(cancellationToken);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Marten.Exceptions.MartenCommandException)
        {
            logger.LogWarning("The municipalities are not read yet ({Reason}); the first request will", e.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
