using Marten;
using Npgsql;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// A lock on a name for the rest of a session's transaction: for work that must run one at a time on something
/// that is not a stream (so the stream's own writers do not wait for it), released by the commit or rollback.
/// </summary>
public static class SessionLock
{
    /// <summary>
    /// The two-key form of PostgreSQL's advisory locks, under a first key of the ledger's own: a key space apart from
    /// the single-key locks Marten and Wolverine take for their leaders and agents.
    /// </summary>
    private const int LedgerSpace = 0x4C454447;

    public static async Task LockAsync(this IDocumentSession session, string name, CancellationToken cancellation)
    {
        await session.BeginTransactionAsync(cancellation);
        var command = new NpgsqlCommand("select pg_advisory_xact_lock(@space, hashtext(@name))");
        command.Parameters.AddWithValue("space", LedgerSpace);
        command.Parameters.AddWithValue("name", name);
        await session.ExecuteAsync(command, cancellation);
    }
}
