using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using JasperFx.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.Vergoedingen.Common;
using Marten;
using Nijkerk.Vergoedingen.Http;
using Nijkerk.Vergoedingen.Infrastructure;
using Nijkerk.Vergoedingen.Privacy;
using Nijkerk.Vergoedingen.Years;
using NodaTime;
using NodaTime.Text;

namespace Nijkerk.Vergoedingen.Audit;

/// <summary>One line of an audit trail: what happened, to which stream, when, by whom in which role, and why.</summary>
public sealed record EventEntry(
    long Sequence, string Stream, long Version, string Type, Instant At, string User, string Role, string? Reason, string? CorrelationId,
    JsonNode? Data);

public sealed record EventPage(IReadOnlyList<EventEntry> Items, int Page, int PageSize, long Total);

public static class AuditTrail
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    /// <summary>An event of a stream without typed texts (a year's), or one whose typed reasons are not to be shown.</summary>
    public static EventEntry From(IEvent e) => From(e, null);

    /// <summary>An event with the reason a person typed read from its erasable text ("[gewist]" once erased).</summary>
    public static EventEntry From(IEvent e, PersonalTexts? texts)
    {
        var data = (ILedgerEvent)e.Data;
        var reason = data switch
        {
            IReasonedEvent reasoned => reasoned.Reason,
            IStatedEvent stated => texts?.Read(stated.Reason),
            _ => null,
        };
        return new EventEntry(e.Sequence, e.StreamKey!, e.Version, e.EventTypeName, data.At, data.By, data.Role,
            reason, e.CorrelationId, JsonSerializer.SerializeToNode(e.Data, e.Data.GetType(), LedgerJson.Options));
    }

    /// <summary>These events as trail entries, with the texts they point to read in one go.</summary>
    public static async Task<List<EventEntry>> ReadAsync(IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var texts = await PersonalTexts.LoadAsync(session, events.SelectMany(e => PersonalTexts.In(e.Data)), cancellation);
        return [.. events.Select(e => From(e, texts))];
    }

    /// <summary>From the stored row: who, role, when and why are read from the event's own body.</summary>
    public static EventEntry From(StoredEvent e)
    {
        var data = JsonNode.Parse(e.Data)!;
        var at = InstantPattern.ExtendedIso.Parse(data["at"]?.GetValue<string>() ?? "").GetValueOrThrow();
        return new EventEntry(e.Sequence, e.Stream, e.Version, e.Type, at, data["by"]?.GetValue<string>() ?? "",
            data["role"]?.GetValue<string>() ?? "", data["reason"] is JsonValue reason ? reason.GetValue<string>() : null, e.CorrelationId, data);
    }

    /// <summary>Pages of a trail; a page or size outside its range is a validation problem.</summary>
    public static bool TryPage(string? page, string? pageSize, Validation check, out int number, out int size)
    {
        number = check.Whole("page", page, 1, Validation.MaxPage, 1);
        size = check.Whole("pageSize", pageSize, 1, MaxPageSize, DefaultPageSize);
        return check.IsValid;
    }

    public static EventPage Page(IReadOnlyList<EventEntry> all, int page, int size) =>
        new([.. all.Skip((page - 1) * size).Take(size)], page, size, all.Count);

    public static bool WantsCsv(HttpRequest request) => request.Accepts("text/csv");

    /// <summary>The trail as CSV (RFC 4180, written by CsvHelper), with the event body as a JSON column.</summary>
    public static FileContentHttpResult Csv(IEnumerable<EventEntry> entries, string fileName) =>
        TypedResults.File(CsvBytes(entries), "text/csv; charset=utf-8", fileName);

    /// <summary>The same CSV, streamed as the events are read.</summary>
    public static PushStreamHttpResult Csv(IAsyncEnumerable<StoredEvent> events, string fileName, CancellationToken cancellation) =>
        TypedResults.Stream(body => CsvExport.WriteAsync(body, Rows(events, cancellation), cancellation), "text/csv; charset=utf-8", fileName);

    public static byte[] CsvBytes(IEnumerable<EventEntry> entries) => CsvExport.Write(entries.Select(Row));

    private static async IAsyncEnumerable<CsvRow> Rows(IAsyncEnumerable<StoredEvent> events, [EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var e in events.WithCancellation(cancellation))
        {
            yield return Row(e);
        }
    }

    /// <summary>A row straight from the stored event: who, when and why read from its body, and the body itself as PostgreSQL holds it.</summary>
    private static CsvRow Row(StoredEvent e)
    {
        using var body = JsonDocument.Parse(e.Data);
        var data = body.RootElement;
        string? Text(string name) => data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var at = InstantPattern.ExtendedIso.Parse(Text("at") ?? "").GetValueOrThrow();
        return new CsvRow(e.Sequence, e.Stream, e.Version, e.Type, InstantPattern.ExtendedIso.Format(at), Text("by") ?? "", Text("role") ?? "",
            Text("reason"), e.CorrelationId, e.Data);
    }

    private static CsvRow Row(EventEntry e) => new(
        e.Sequence, e.Stream, e.Version, e.Type, InstantPattern.ExtendedIso.Format(e.At), e.User, e.Role, e.Reason, e.CorrelationId,
        e.Data?.ToJsonString());

    /// <summary>The columns of a trail's CSV, in order.</summary>
    private sealed record CsvRow(
        long Sequence, string Stream, long Version, string Type, string At, string User, string Role, string? Reason, string? CorrelationId,
        string? Data);
}
