using Npgsql;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// The connection string of <c>ConnectionStrings:Ledger</c>, with two of Npgsql's settings chosen unless the
/// string says otherwise:
/// <list type="bullet">
/// <item>Automatic preparation: Marten sends the same few statements for every command, and a prepared
/// statement is parsed and planned once per connection instead of on every call — on this ledger's approvals
/// that halves PostgreSQL's CPU.</item>
/// <item>No reset on close: a pooled connection is handed on as it was left, instead of with seven statements
/// prepended to its next command (<c>RESET ALL</c>, <c>DISCARD TEMP</c>, <c>pg_advisory_unlock_all()</c>, …) that
/// undo session state — more than half the statements of a request, and a third of PostgreSQL's CPU for a
/// read of the allocation view. The ledger leaves no session state behind: it sets no session settings,
/// makes no temporary tables and takes no session-level locks; an open transaction is still rolled back
/// when a connection goes back to the pool; the advisory locks of the critter stack's leader and agents are
/// taken on connections of their own, released explicitly, and die with the connection when a node
/// dies.</item>
/// </list>
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
        if (!Mentions(connection, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }

    private static bool Mentions(string connection, params string[] keys) =>
        connection.Split(';').Select(part => part.Split('=')[0].Trim()).Any(key => keys.Any(k => k.Equals(key, StringComparison.OrdinalIgnoreCase)));
}
