using System.Globalization;
using System.Security.Claims;
using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Municipalities;

namespace Nijkerk.Vergoedingen.Ui.Pages.Municipalities;

/// <summary>
/// A municipality as the region admin types it: the fields of the API's request, with the reservation term in
/// whole days. It becomes the API's own request, read by the API's own reader into the one command.
/// </summary>
public sealed class MunicipalityForm
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Iban { get; set; }
    public string? Bic { get; set; }
    public List<string> Schemes { get; set; } = [];
    public string? DefaultCapacity { get; set; }
    public string? ReservationDays { get; set; }
    public string? Reason { get; set; }

    public static MunicipalityForm From(Municipality m) => new()
    {
        Slug = m.Slug,
        Name = m.Terms.Name,
        Iban = m.Terms.Iban,
        Bic = m.Terms.Bic,
        Schemes = [.. m.Terms.Schemes.Select(s => s.Slug)],
        DefaultCapacity = m.Terms.DefaultCapacity.ToString(CultureInfo.InvariantCulture),
        ReservationDays = Days(m.Terms.ReservationExpiry),
    };

    public static string Days(NodaTime.Duration expiry) => ((int)expiry.TotalDays).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The command, or none with every refused field's Dutch words in <paramref name="errors"/>. What the screen could not
    /// read as a number is marked here and holds the form back; the rules still speak to every other field.
    /// </summary>
    public SetMunicipality? Command(string? slug, bool adding, ClaimsPrincipal user, IDictionary<string, string> errors)
    {
        var capacity = Whole(DefaultCapacity, "defaultCapacity", "Vul het standaardplafond in als een heel aantal trainingen, zoals 12.", errors);
        var days = Whole(ReservationDays, "reservationExpiry", "Vul de termijn in als een aantal dagen, zoals 56.", errors);
        var request = new MunicipalityRequest(slug, Name, Iban, Bic, [.. Schemes], capacity,
            days is { } d ? $"{d.ToString(CultureInfo.InvariantCulture)}.00:00:00" : null, Reason);
        var command = MunicipalityRequests.Read(request, slug, adding, user);
        foreach (var error in (command.Refusal?.Errors ?? []).DistinctBy(e => Key(e.Field)).Where(e => !errors.ContainsKey(Key(e.Field))))
        {
            errors[Key(error.Field)] = DutchMessages.Field(error);
        }
        return errors.Count > 0 ? null : command.Command;
    }

    /// <summary>The id of the control a refused field is typed in, for the summary's links.</summary>
    public static string FieldId(string field) => field switch
    {
        "name" => "naam",
        "schemes" => $"regeling-{Common.Scheme.All[0].Slug}",
        "defaultCapacity" => "standaardplafond",
        "reservationExpiry" => "reserveringstermijn",
        "reason" => "reden",
        _ => field,
    };

    /// <summary>Every scheme's field (<c>schemes[0]</c>) is the one group of boxes on the screen.</summary>
    public static string Key(string field) => field.StartsWith("schemes", StringComparison.Ordinal) ? "schemes" : field;

    private static int? Whole(string? text, string field, string message, IDictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        errors[field] = message;
        return null;
    }
}
