using Marten.Exceptions;
using Npgsql;

namespace Nijkerk.Vergoedingen.Infrastructure;

/// <summary>
/// PostgreSQL away for a moment — restarting, failing over, a connection cut mid-transaction. Nothing was
/// committed by the attempt that saw it, so a command is tried again, and a request that still meets it is
/// answered 503 with <c>Retry-After</c>: its client may send it again under the same Idempotency-Key.
/// </summary>
public static class DatabaseFaults
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        // Marten's word for "the connection broke inside the transaction": the cause is inside.
        SessionTransactionUnusableException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
