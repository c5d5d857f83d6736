using System.Text.Json;
using System.Text.Json.Serialization;
using CoSo.Core.Common;

namespace CoSo.Web.Infrastructure.Input;

/// <summary>
/// Every string in an API body is at most <see cref="InputLimits.NoteChars"/> (4,000) characters: the outer bound for
/// all free text (notes, reasons, actions, addresses) of every record, whether or not its service checks it again.
/// Fields with a tighter rule (a name: 100) keep it in the domain. A longer value is a "tooLong" error on its field.
/// </summary>
public sealed class BoundedStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("not a string");
        }

        var value = reader.GetString()!;
        return value.Length > InputLimits.NoteChars ? throw new JsonFieldException("tooLong", InputLimits.NoteChars) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
