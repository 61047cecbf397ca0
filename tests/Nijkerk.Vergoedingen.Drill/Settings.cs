namespace Nijkerk.Vergoedingen.Drill;

/// <summary>What ops/drill hands the drill, in the environment.</summary>
public sealed record Settings(
    string BaseUrl, string Issuer, string Connection, string Schema, string Cluster, string Results,
    int FoundationPort, int Clients, TimeSpan Load, TimeSpan FoundationDown, TimeSpan ReservationExpiry)
{
    /// <summary>Where the restore drill restores to: a new cluster on this loopback port.</summary>
    public int RestorePort { get; init; } = 54349;

    public static Settings FromEnvironment()
    {
        static string Need(string name) => Environment.GetEnvironmentVariable(name)
            ?? throw new InvalidOperationException($"{name} is not set: run the drill with ops/drill.");
        static int Number(string name, int otherwise) => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : otherwise;
        return new Settings(
            Need("DRILL_BASE"), Need("DRILL_ISSUER"), Need("DRILL_CONNECTION"), Need("DRILL_SCHEMA"), Need("DRILL_CLUSTER"), Need("DRILL_RESULTS"),
            Number("DRILL_FOUNDATION_PORT", 5091), Number("DRILL_CLIENTS", 16),
            TimeSpan.FromSeconds(Number("DRILL_SECONDS", 60)), TimeSpan.FromSeconds(Number("DRILL_FOUNDATION_DOWN", 20)),
            TimeSpan.FromSeconds(Number("DRILL_RESERVATION_EXPIRY", 40)))
        {
            RestorePort = Number("DRILL_RESTORE_PORT", 54349),
        };
    }
}
