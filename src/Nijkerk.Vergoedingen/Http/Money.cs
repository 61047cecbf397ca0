using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Http;

/// <summary>
/// Euros on the wire: the API writes every amount as a string with two decimals ("1250.00"), so no client
/// rounds one through a floating-point number. Handlers answer in decimals; this is where they become text.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString()!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteStringValue(Amount.Format(value));
}
