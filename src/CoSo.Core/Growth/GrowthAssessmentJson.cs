using System.Text;
using System.Text.Json;

namespace CoSo.Core.Growth;

/// <summary>
/// The JSON of <c>coso growth zscores</c> (a contract other tools parse):
/// <c>{"ageDays","waz","haz","whz","baz","flags":[…],"classification":[…]}</c>, null for what cannot be computed.
/// Utf8JsonWriter writes numbers in the invariant form ("-1.5"), whatever the culture.
/// </summary>
public static class GrowthAssessmentJson
{
    public static void Write(Utf8JsonWriter writer, GrowthAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessment);
        writer.WriteStartObject();
        writer.WriteNumber("ageDays", assessment.AgeDays);
        WriteZ(writer, "waz", assessment.Waz);
        WriteZ(writer, "haz", assessment.Haz);
        WriteZ(writer, "whz", assessment.Whz);
        WriteZ(writer, "baz", assessment.Baz);
        writer.WriteStartArray("flags");
        foreach (var flag in assessment.FlagCodes)
        {
            writer.WriteStringValue(flag);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("classification");
        foreach (var code in assessment.ClassificationCodes)
        {
            writer.WriteStringValue(code);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string Serialize(GrowthAssessment assessment, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, assessment);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteZ(Utf8JsonWriter writer, string name, double? z)
    {
        if (z is { } value)
        {
            // Through decimal so that a rounded −1.5 is written "-1.5" and 0.1 + 0.2-style noise can never show.
            writer.WriteNumber(name, (decimal)value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
