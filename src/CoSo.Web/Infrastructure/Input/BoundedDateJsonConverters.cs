using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoSo.Core.Common;

namespace CoSo.Web.Infrastructure.Input;

/// <summary>
/// ISO dates in API bodies, read as System.Text.Json reads them, and refused outside <see cref="DateRules"/>
/// (1900-01-01 to 2100-12-31): year 1 or 9999 in a visit or a case only ever comes from a typo or a probe, and date
/// arithmetic on it throws. Also applies to nullable dates (the serializer wraps these converters).
/// </summary>
public sealed class BoundedDateOnlyConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String
            || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new JsonException("not a DateOnly"); // the handler names the field and the expected form
        }

        return DateRules.InRange(date) ? date : throw Range();
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    internal static JsonFieldException Range()
    {
        var e = DateRules.OutOfRange(string.Empty);
        return new JsonFieldException(e.Code, e.Args);
    }
}

/// <inheritdoc cref="BoundedDateOnlyConverter"/>
public sealed class BoundedDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var value))
        {
            throw new JsonException("not a DateTimeOffset");
        }

        return DateRules.InRange(value) ? value : throw BoundedDateOnlyConverter.Range();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
