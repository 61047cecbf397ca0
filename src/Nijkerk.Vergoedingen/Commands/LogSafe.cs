namespace Nijkerk.Vergoedingen.Commands;

/// <summary>
/// How a command describes itself: Wolverine writes a failed command into the application log, and a
/// record's own ToString would write every field — a case reference, a motivation, a reason, an IBAN.
/// Commands with such fields describe themselves by their ids and their actor only.
/// </summary>
public static class LogSafe
{
    public static string Describe(string command, string? subject, Actor actor) =>
        $"{command} {{ {subject}, by {actor.User} ({actor.Role}, {actor.Tenant}) }}";
}
