using Npgsql;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// The connection string of <c>ConnectionStrings:Ledger</c>, with Npgsql's automatic preparation on
/// unless the string says otherwise: Marten sends the same few statements for every command, and a
/// prepared statement is parsed and planned once per connection instead of on every call — on this
/// ledger's approvals that halves PostgreSQL's CPU.
/// </summary>
public static class LedgerConnection
{
    public static string From(IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Ledger") is not { Length: > 0 } connection)
        {
            throw new InvalidOperationException("Set ConnectionStrings:Ledger (environment: ConnectionStrings__Ledger).");
        }
        var builder = new NpgsqlConnectionStringBuilder(connection);
        if (!Mentions(connection, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }
        if (!Mentions(connection, "Auto Prepare Min Usages", "AutoPrepareMinUsages"))
        {
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }

    private static bool Mentions(string connection, params string[] keys) =>
        connection.Split(';').Select(part => part.Split('=')[0].Trim()).Any(key => keys.Any(k => k.Equals(key, StringComparison.OrdinalIgnoreCase)));
}
