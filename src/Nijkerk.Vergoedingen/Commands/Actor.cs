namespace Nijkerk.Vergoedingen.Commands;

/// <summary>Who performs a command: the user from the token, the role that allows it, and the municipality.</summary>
public sealed record Actor(string User, string Role, string Tenant)
{
    /// <summary>
    /// Whether <paramref name="user"/>, as an event recorded it, is this actor. Four eyes compare people,
    /// not spellings: " Bob" and "bob" are one user, so neither can approve what the other asked for.
    /// </summary>
    public bool Is(string user) => UserIds.Same(User, user);
}

public static class UserIds
{
    public static string Normalize(string user) => user.Trim().ToLowerInvariant();

    public static bool Same(string a, string b) => Normalize(a) == Normalize(b);
}
