namespace Nijkerk.Vergoedingen.Common;

/// <summary>Who performs a command: the user from the token, the role that allows it, and the municipality.</summary>
public sealed record Actor(string User, string Role, string Tenant);
