using System.Collections.Immutable;
using Nijkerk.Vergoedingen.Common;
using NodaTime;

namespace Nijkerk.Vergoedingen.BankStatements;

/// <summary>An entry of a statement the ledger did not book: kept for a person to see, never guessed at.</summary>
public sealed record UnmatchedEntry(decimal Amount, LocalDate BookingDate, string Reference, string Why);

/// <summary>
/// A bank statement of the municipality's own account was read: how many transfers it held, how many payments it
/// booked now, how many it found booked before (by hand, or by an earlier statement), and what it left unmatched.
/// </summary>
public sealed record BankStatementImported(
    string StatementId, string Account, int Entries, int Booked, int AlreadyBooked, int Returned, ImmutableList<UnmatchedEntry> Unmatched,
    string By, string Role, Instant At) : ILedgerEvent;

/// <summary>One statement as it was read, once: its stream is named by the account and the bank's id of the statement.</summary>
public sealed record BankStatement
{
    public string Id { get; init; } = "";

    public string StatementId { get; init; } = "";

    public int Entries { get; init; }

    public int Booked { get; init; }

    public int AlreadyBooked { get; init; }

    public int Returned { get; init; }

    public ImmutableList<UnmatchedEntry> Unmatched { get; init; } = [];

    public string ImportedBy { get; init; } = "";

    public Instant ImportedAt { get; init; }

    public static string StreamKey(string account, string statementId) => $"bank-statement/{account}/{statementId}";

    public BankStatement? Evolve(object e) => e switch
    {
        BankStatementImported x => new BankStatement
        {
            Id = StreamKey(x.Account, x.StatementId), StatementId = x.StatementId, Entries = x.Entries, Booked = x.Booked,
            AlreadyBooked = x.AlreadyBooked, Returned = x.Returned, Unmatched = x.Unmatched, ImportedBy = x.By, ImportedAt = x.At,
        },
        _ => Id.Length == 0 ? null : this,
    };
}

/// <summary>What reading a statement did, as the API answers it.</summary>
public sealed record BankStatementDetails(
    string Statement, int Entries, int Booked, int AlreadyBooked, int Returned, IReadOnlyList<UnmatchedEntry> Unmatched, bool ReadBefore)
{
    public static BankStatementDetails From(BankStatement statement, bool readBefore) => readBefore
        ? new(statement.StatementId, statement.Entries, 0, statement.Booked + statement.AlreadyBooked, 0, statement.Unmatched, true)
        : new(statement.StatementId, statement.Entries, statement.Booked, statement.AlreadyBooked, statement.Returned, statement.Unmatched, false);
}
