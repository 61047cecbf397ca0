using System.Text.Json.Nodes;
using Nijkerk.Vergoedingen.Hosting;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>A command's answer as a screen reads it: the body when it succeeded, the problem when not.</summary>
public sealed record Outcome(int Status, JsonObject Body)
{
    public static Outcome From(StoredResponse response) => new(response.Status, JsonNode.Parse(response.Body)!.AsObject());

    public bool Succeeded => Status < 400;

    public string? Code => Succeeded ? null : Body["code"]?.GetValue<string>();

    public string? Text(string name) => Body[name]?.GetValue<string>();

    public int? Number(string name) => Body[name]?.GetValue<int>();

    /// <summary>The fields the problem names, with the server's words, for messages next to them.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors => Body["errors"] is JsonObject errors
        ? errors.ToDictionary(e => e.Key, e => e.Value?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "")
        : new Dictionary<string, string>();
}
