namespace Nijkerk.Vergoedingen.Ui;

/// <summary>
/// What kept a form from being sent, above the form: one alert a screen reader announces, each line a link to
/// its field, while each field shows its own message too.
/// </summary>
public sealed record ErrorSummary(IReadOnlyList<(string FieldId, string Message)> Errors)
{
    public static ErrorSummary Of(IDictionary<string, string> errors, Func<string, string>? fieldId = null) =>
        new(errors.Select(e => (fieldId?.Invoke(e.Key) ?? e.Key, e.Value)).ToList());
}
