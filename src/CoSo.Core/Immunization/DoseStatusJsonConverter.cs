using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoSo.Core.Immunization;

/// <summary>
/// Writes and reads a dose status as its contract word (`given`, …, `not-applicable`, see <see cref="DoseStatusCodes"/>),
/// so the API says what the CLI says; put on the property because the web host's general enum converter would
/// otherwise win over a converter declared on the enum type.
/// </summary>
public sealed class DoseStatusJsonConverter : JsonConverter<DoseStatus>
{
    public override DoseStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var code = reader.GetString();
        foreach (var status in Enum.GetValues<DoseStatus>())
        {
            if (DoseStatusCodes.ToCode(status) == code)
            {
                return status;
            }
        }

        throw new JsonException($"Unknown dose status '{code}'.");
    }

    public override void Write(Utf8JsonWriter writer, DoseStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(DoseStatusCodes.ToCode(value));
    }
}
