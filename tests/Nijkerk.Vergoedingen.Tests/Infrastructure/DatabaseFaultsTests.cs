using System.Reflection;
using Marten.Exceptions;
using Npgsql;
using Nijkerk.Vergoedingen.Infrastructure;

namespace Nijkerk.Vergoedingen.Tests.Infrastructure;

/// <summary>Which faults mean "PostgreSQL is away for a moment": those a command is retried on and a request answered 503 for.</summary>
public class DatabaseFaultsTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    [Theory]
    [InlineData("57P01")] // terminating connection due to administrator command: a restart or failover
    [InlineData("57P03")] // the database system is starting up or shutting down
    [InlineData("08006")] // connection failure
    public void A_server_that_goes_away_is_transient(string sqlState) =>
        Assert.True(DatabaseFaults.IsTransient(Postgres(sqlState)));

    [Fact]
    public void A_connection_broken_inside_a_transaction_is_transient_also_as_Marten_reports_it()
    {
        // Marten makes this one itself (its constructor is internal), around the fault that broke the connection.
        var broken = (Exception)Activator.CreateInstance(typeof(SessionTransactionUnusableException),
            BindingFlags.NonPublic | BindingFlags.Instance, null, ["This session cannot be used any further", Postgres("57P01")], null)!;

        Assert.True(DatabaseFaults.IsTransient(broken));
    }

    [Theory]
    [InlineData("23505")] // unique violation: a decision, not a fault
    [InlineData("42P01")] // undefined table: a defect, not a moment
    public void A_refusal_or_a_defect_is_not(string sqlState) =>
        Assert.False(DatabaseFaults.IsTransient(Postgres(sqlState)));

    [Fact]
    public void An_unrelated_fault_is_not() => Assert.False(DatabaseFaults.IsTransient(new InvalidOperationException("no")));
}
